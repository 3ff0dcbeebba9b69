package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.reconcile.ChunkApplications.Target;
import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.review.BackOfficeReview;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconciles one chunk of results: looks up the chunk's applications and earlier decision ids
 * together, puts each line in its category ({@link ReconcileRules}), applies the decisions that may
 * be applied through the state machine ({@link BackOfficeReview}), and stores the report lines, the
 * decision ids applied, the counts and the rejects. All of it joins the chunk's transaction: a
 * chunk commits whole, with its checkpoint, or not at all.
 */
@Named("reviewResultWriter")
@Dependent
public class ReviewResultWriter extends AbstractItemWriter {

    @Inject
    private BackOfficeReview review;

    @Inject
    private ReconcileTables tables;

    @Inject
    private StepLog log;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        List<FileRecord> records = items.stream().map(FileRecord.class::cast).toList();
        List<ReviewResult> results = records.stream().map(FileRecord::line).filter(ReviewResult.class::isInstance)
                .map(ReviewResult.class::cast).toList();
        // decision ids applied before, and those applied earlier in this chunk (the same id twice in a file)
        Set<String> applied = new HashSet<>(tables.appliedAmong(results.stream().map(ReviewResult::decisionId).toList()));
        ChunkApplications applications = ChunkApplications.load(review, results);
        Map<StepCounter, Long> counts = new EnumMap<>(StepCounter.class);
        Map<ApplicationKind, Set<Long>> decided = new EnumMap<>(ApplicationKind.class);
        List<ReportLine> report = new ArrayList<>(items.size());
        for (FileRecord record : records) {
            if (record.line() instanceof MalformedLine malformed) {
                report.add(reject(record.recordNo(), malformed));
                continue;
            }
            ReviewResult result = (ReviewResult) record.line();
            Target target = applications.resolve(result.application());
            Verdict verdict = verdict(result, target, applied);
            if (verdict.category() == StepCounter.APPLIED) {
                review.decide(target.application(), result.decision(), result.reviewer(), result.reason());
                applied.add(result.decisionId());
                decided.computeIfAbsent(target.application().kind(), k -> new HashSet<>()).add(target.application().getId());
            }
            counts.merge(verdict.category(), 1L, Long::sum);
            report.add(line(record.recordNo(), result, target, verdict));
        }
        decided.forEach(review::endReviews);
        tables.store(job.getInstanceId(), job.getExecutionId(), report, clock.instant());
        counts.put(StepCounter.READ, (long) items.size());
        log.add(counts);
    }

    private static Verdict verdict(ReviewResult result, Target target, Set<String> applied) {
        if (applied.contains(result.decisionId())) {
            return ReconcileRules.alreadyApplied(result.decisionId());
        }
        if (!target.found()) {
            return ReconcileRules.unknown(target.unknownMessage());
        }
        return ReconcileRules.verdict(result.decision(), target.application().getStatus());
    }

    private ReportLine reject(long recordNo, MalformedLine malformed) {
        String column = malformed.column() == null ? null : malformed.column().label();
        log.reject(Reject.of((String) step.getTransientUserData(), malformed.line(), column, malformed.reason(), malformed.raw()));
        String message = column == null ? malformed.reason() : column + "：" + malformed.reason();
        return new ReportLine(recordNo, malformed.line(), malformed.decisionId(), null, null, null, null, null, null, null,
                StepCounter.REJECTED, message);
    }

    private static ReportLine line(long recordNo, ReviewResult result, Target target, Verdict verdict) {
        ApplicationRef ref = result.application();
        return new ReportLine(recordNo, result.line(), result.decisionId(), ref.kind(),
                target.found() ? target.application().getId() : ref.id(),
                target.number() != null ? target.number() : ref.number(),
                target.found() ? target.application().getEnterpriseUscc() : ref.uscc(),
                result.decision(), result.reviewer(), result.decidedAt(), verdict.category(), verdict.message());
    }
}
