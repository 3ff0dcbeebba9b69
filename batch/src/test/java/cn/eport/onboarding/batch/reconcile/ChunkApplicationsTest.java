package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.reconcile.ChunkApplications.Target;
import cn.eport.onboarding.review.BackOfficeReview;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.eport.onboarding.workflow.ApplicationKind.CUSTOMS_FILING;
import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class ChunkApplicationsTest {

    private static final String USCC = "91110108MA01ABCD5T";

    /** An application of a kind, id, enterprise and status. */
    private static final class Stored implements Application {
        private final ApplicationKind kind;
        private final long id;
        private final String uscc;
        private ApplicationStatus status;

        Stored(ApplicationKind kind, long id, String uscc, ApplicationStatus status) {
            this.kind = kind;
            this.id = id;
            this.uscc = uscc;
            this.status = status;
        }

        @Override
        public ApplicationKind kind() {
            return kind;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getEnterpriseUscc() {
            return uscc;
        }

        @Override
        public ApplicationStatus getStatus() {
            return status;
        }

        @Override
        public void moveTo(ApplicationStatus to, Instant at) {
            status = to;
        }
    }

    /** The stored applications, and how many lookups the chunk made of each kind. */
    private static final class Lookups extends BackOfficeReview {
        private final List<Stored> stored;
        private final List<String> calls = new ArrayList<>();

        Lookups(Stored... stored) {
            this.stored = List.of(stored);
        }

        @Override
        public Map<Long, Application> byIds(ApplicationKind kind, Collection<Long> ids) {
            calls.add("ids " + kind);
            Map<Long, Application> found = new HashMap<>();
            stored.stream().filter(a -> a.kind == kind && ids.contains(a.id)).forEach(a -> found.put(a.id, a));
            return found;
        }

        @Override
        public List<Application> ofEnterprises(ApplicationKind kind, Collection<String> usccs) {
            calls.add("usccs " + kind);
            return stored.stream().filter(a -> a.kind == kind && usccs.contains(a.uscc)).map(a -> (Application) a).toList();
        }

        @Override
        public Map<Long, String> numbers(ApplicationKind kind, Collection<Long> ids) {
            Map<Long, String> numbers = new HashMap<>();
            ids.forEach(id -> numbers.put(id, kind.numberPrefix() + "2026-" + String.format("%06d", id)));
            return numbers;
        }
    }

    private static ReviewResult byNumber(ApplicationKind kind, long id) {
        return result(ApplicationRef.byNumber(kind, id, kind.numberPrefix() + "2026-" + String.format("%06d", id)));
    }

    private static ReviewResult byEnterprise(ApplicationKind kind, String uscc) {
        return result(ApplicationRef.byEnterprise(kind, uscc));
    }

    private static ReviewResult result(ApplicationRef ref) {
        return new ReviewResult(2, "raw", "BO-1", ref, WorkflowAction.APPROVE, null, "王审核", Instant.EPOCH);
    }

    @Test
    void applicationsAreLookedUpOncePerKindAndFoundByNumberWithTheirNumbers() {
        Stored declared = new Stored(ENTERPRISE_REGISTRATION, 4, USCC, ApplicationStatus.DECLARED);
        Lookups lookups = new Lookups(declared);
        ReviewResult known = byNumber(ENTERPRISE_REGISTRATION, 4);
        ReviewResult unknown = byNumber(ENTERPRISE_REGISTRATION, 5);
        ChunkApplications chunk = ChunkApplications.load(lookups, List.of(known, unknown));

        assertEquals(List.of("ids ENTERPRISE_REGISTRATION", "usccs ENTERPRISE_REGISTRATION"),
                lookups.calls.stream().filter(c -> c.endsWith("ENTERPRISE_REGISTRATION")).toList(), "one query for both lines");
        Target found = chunk.resolve(known.application());
        assertSame(declared, found.application());
        assertEquals("SZ2026-000004", found.number());
        Target missing = chunk.resolve(unknown.application());
        assertFalse(missing.found());
        assertEquals("未找到申请编号为 SZ2026-000005 的三证合一信息申请", missing.unknownMessage());
    }

    @Test
    void byUsccTheOneApplicationAwaitingADecisionIsMeant() {
        Stored approved = new Stored(CUSTOMS_FILING, 1, USCC, ApplicationStatus.APPROVED);
        Stored declared = new Stored(CUSTOMS_FILING, 2, USCC, ApplicationStatus.DECLARED);
        ReviewResult line = byEnterprise(CUSTOMS_FILING, USCC);
        assertSame(declared, ChunkApplications.load(new Lookups(approved, declared), List.of(line)).resolve(line.application()).application());
    }

    @Test
    void byUsccWithNoneAwaitingTheLatestIsMeantSoTheLineIsToldWhyNot() {
        Stored returned = new Stored(CUSTOMS_FILING, 1, USCC, ApplicationStatus.RETURNED);
        Stored approved = new Stored(CUSTOMS_FILING, 2, USCC, ApplicationStatus.APPROVED);
        ReviewResult line = byEnterprise(CUSTOMS_FILING, USCC);
        assertSame(approved, ChunkApplications.load(new Lookups(returned, approved), List.of(line)).resolve(line.application()).application());
    }

    @Test
    void byUsccWithSeveralAwaitingOrNoneAtAllNoneIsMeant() {
        Stored first = new Stored(ENTERPRISE_REGISTRATION, 1, USCC, ApplicationStatus.DECLARED);
        Stored second = new Stored(ENTERPRISE_REGISTRATION, 2, USCC, ApplicationStatus.UNDER_REVIEW);
        ReviewResult line = byEnterprise(ENTERPRISE_REGISTRATION, USCC);
        ReviewResult other = byEnterprise(ENTERPRISE_REGISTRATION, "91310000MA1FL0XX1Q");
        ChunkApplications chunk = ChunkApplications.load(new Lookups(first, second), List.of(line, other));
        assertEquals("统一社会信用代码为 " + USCC + " 的企业有 2 个待审核的三证合一信息申请，无法确定是哪一个，请在结果文件中填写申请编号",
                chunk.resolve(line.application()).unknownMessage());
        assertEquals("未找到统一社会信用代码为 91310000MA1FL0XX1Q 的企业的三证合一信息申请", chunk.resolve(other.application()).unknownMessage());
    }

    @Test
    void aDecisionAppliedEarlierInTheChunkIsSeenByALaterLine() {
        Stored first = new Stored(ENTERPRISE_REGISTRATION, 1, USCC, ApplicationStatus.DECLARED);
        Stored second = new Stored(ENTERPRISE_REGISTRATION, 2, USCC, ApplicationStatus.DECLARED);
        ReviewResult line = byEnterprise(ENTERPRISE_REGISTRATION, USCC);
        ChunkApplications chunk = ChunkApplications.load(new Lookups(first, second), List.of(line));
        first.moveTo(ApplicationStatus.APPROVED, Instant.EPOCH);
        assertSame(second, chunk.resolve(line.application()).application(), "the only one still awaiting");
    }
}
