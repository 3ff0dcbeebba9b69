package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.review.BackOfficeReview;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The applications the decisions of one chunk name, looked up together: per kind one query for
 * those named by 编号, one for the enterprises named by USCC, and one for their 编号. The entities
 * are managed in the chunk's transaction, so a decision applied earlier in the chunk is seen by a
 * later line about the same application.
 */
final class ChunkApplications {

    /** An application a line names, or why there is none. */
    record Target(Application application, String number, String unknownMessage) {

        boolean found() {
            return application != null;
        }
    }

    private final Map<ApplicationKind, Map<Long, Application>> byId = new EnumMap<>(ApplicationKind.class);
    private final Map<ApplicationKind, Map<String, List<Application>>> byEnterprise = new EnumMap<>(ApplicationKind.class);
    private final Map<ApplicationKind, Map<Long, String>> numbers = new EnumMap<>(ApplicationKind.class);

    static ChunkApplications load(BackOfficeReview review, Collection<ReviewResult> results) {
        Map<ApplicationKind, Set<Long>> ids = new EnumMap<>(ApplicationKind.class);
        Map<ApplicationKind, Set<String>> usccs = new EnumMap<>(ApplicationKind.class);
        for (ReviewResult result : results) {
            ApplicationRef ref = result.application();
            if (ref.byNumber()) {
                ids.computeIfAbsent(ref.kind(), k -> new HashSet<>()).add(ref.id());
            } else {
                usccs.computeIfAbsent(ref.kind(), k -> new HashSet<>()).add(ref.uscc());
            }
        }
        ChunkApplications chunk = new ChunkApplications();
        for (ApplicationKind kind : ApplicationKind.values()) {
            Map<Long, Application> found = new HashMap<>(review.byIds(kind, ids.getOrDefault(kind, Set.of())));
            Map<String, List<Application>> ofEnterprise = new HashMap<>();
            for (Application application : review.ofEnterprises(kind, usccs.getOrDefault(kind, Set.of()))) {
                ofEnterprise.computeIfAbsent(application.getEnterpriseUscc(), u -> new ArrayList<>()).add(application);
                found.put(application.getId(), application);
            }
            chunk.byId.put(kind, found);
            chunk.byEnterprise.put(kind, ofEnterprise);
            chunk.numbers.put(kind, review.numbers(kind, found.keySet()));
        }
        return chunk;
    }

    /**
     * The application the line names. By USCC and kind: the enterprise's one application of that kind
     * awaiting a decision (申报, 审核中); with none awaiting, its latest, so the line is told why it
     * cannot apply; with several awaiting, none (the line must name it by 编号).
     */
    Target resolve(ApplicationRef ref) {
        String kindName = KindNames.of(ref.kind());
        if (ref.byNumber()) {
            Application application = byId.get(ref.kind()).get(ref.id());
            return application == null ? new Target(null, ref.number(), "未找到申请编号为 " + ref.number() + " 的" + kindName + "申请")
                    : found(application);
        }
        List<Application> candidates = byEnterprise.get(ref.kind()).getOrDefault(ref.uscc(), List.of());
        if (candidates.isEmpty()) {
            return new Target(null, null, "未找到统一社会信用代码为 " + ref.uscc() + " 的企业的" + kindName + "申请");
        }
        List<Application> awaiting = candidates.stream().filter(ChunkApplications::awaitsDecision).toList();
        if (awaiting.size() > 1) {
            return new Target(null, null, "统一社会信用代码为 " + ref.uscc() + " 的企业有 " + awaiting.size() + " 个待审核的"
                    + kindName + "申请，无法确定是哪一个，请在结果文件中填写申请编号");
        }
        return found(awaiting.isEmpty() ? candidates.get(candidates.size() - 1) : awaiting.get(0));
    }

    private Target found(Application application) {
        return new Target(application, numbers.get(application.kind()).get(application.getId()), null);
    }

    private static boolean awaitsDecision(Application application) {
        return application.getStatus() == ApplicationStatus.DECLARED || application.getStatus() == ApplicationStatus.UNDER_REVIEW;
    }
}
