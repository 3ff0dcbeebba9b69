package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.batch.control.BatchJobs;
import cn.eport.onboarding.batch.control.DailySchedule;
import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.control.JobRefusedException;
import cn.eport.onboarding.batch.control.JobSchedule;
import cn.eport.onboarding.batch.control.OrphanedExecutions;
import cn.eport.onboarding.batch.control.Refusal;
import cn.eport.onboarding.batch.control.RunRecord;
import cn.eport.onboarding.batch.control.RunView;
import cn.eport.onboarding.batch.control.ServerIdentity;
import cn.eport.onboarding.batch.control.Trigger;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.RunAsBatchOperator;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Running the jobs in the real server (issue 10 items 3-5): one execution of a job at a time (and
 * the refusal recorded), who started a run and how, restart of a failed run from its checkpoint,
 * orphaned executions of a dead JVM marked FAILED, the schedule, and what housekeeping deletes and
 * keeps. Tests that change the housekeeping job's lock or repository rows put them back: they share
 * the job.
 */
@ExtendWith(ArquillianExtension.class)
class BatchControlIT extends ActingUsers {

    private static final Duration AT_MOST = Duration.ofMinutes(2);
    private static final String HOUSEKEEPING = BatchJobs.HOUSEKEEPING;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BatchControlIT.class, BatchFixtures.class);
    }

    @EJB
    private RunAsBatchOperator.BatchOperator operator;

    @EJB
    private JobControlService jobs;

    @EJB
    private StepRecords records;

    @EJB
    private OrphanedExecutions orphans;

    @Inject
    private AttachmentService attachments;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private BatchFixtures db() {
        return new BatchFixtures(dataSource);
    }

    private <T> T asOperator(Callable<T> work) throws Exception {
        return operator.attempt(work).get();
    }

    private ExecutionState housekeeping() throws Exception {
        return operator.run(HOUSEKEEPING, new Properties(), AT_MOST);
    }

    /** A real failure: the history step fails because a table it deletes from is missing while it runs. */
    private ExecutionState failedHousekeeping() throws Exception {
        db().update("ALTER TABLE batch_schedule_fire RENAME TO batch_schedule_fire_away");
        try {
            return housekeeping();
        } finally {
            db().update("ALTER TABLE batch_schedule_fire_away RENAME TO batch_schedule_fire");
        }
    }

    private Refusal refusal(Callable<?> work) {
        return assertThrows(JobRefusedException.class, () -> asOperator(work)).refusal();
    }

    private Attachment stage(String key) throws Exception {
        byte[] content = ("%PDF-1.4\n" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        return a(() -> attachments.uploadStaged(ENTERPRISE_REGISTRATION, key, "BUSINESS_LICENCE", "营业执照.pdf", content));
    }

    private void ageStaged(Attachment file, int days) throws Exception {
        db().update("UPDATE attachment SET uploaded_at = uploaded_at - make_interval(days => ?) WHERE id = ?", days, file.getId());
    }

    private boolean exists(Attachment file) throws Exception {
        return db().count("SELECT COUNT(*) FROM attachment WHERE id = ?", file.getId()) == 1;
    }

    @Test
    void housekeepingDeletesTheFilesOfAbandonedFormsOnly() throws Exception {
        String abandoned = UUID.randomUUID().toString();
        String open = UUID.randomUUID().toString();
        String stillInUse = UUID.randomUUID().toString();
        Attachment abandoned1 = stage(abandoned);
        Attachment abandoned2 = stage(abandoned);
        Attachment fresh = stage(open);
        Attachment oldOfUsedForm = stage(stillInUse);
        Attachment newOfUsedForm = stage(stillInUse);
        ageStaged(abandoned1, 8);
        ageStaged(abandoned2, 30);
        ageStaged(oldOfUsedForm, 9);

        ExecutionState run = housekeeping();

        assertEquals("COMPLETED", run.batchStatus());
        assertFalse(exists(abandoned1));
        assertFalse(exists(abandoned2));
        assertTrue(exists(fresh), "a form staged today may still be open");
        assertTrue(exists(oldOfUsedForm) && exists(newOfUsedForm), "a key with a recent upload keeps all its files");
        Map<StepCounter, Long> counts = asOperator(() -> records.counts(run.instanceId())).get("staged-attachments");
        assertEquals(2L, counts.get(StepCounter.TOTAL));
        assertEquals(2L, counts.get(StepCounter.DELETED));
        assertEquals(2L, counts.get(StepCounter.READ));
    }

    @Test
    void housekeepingDeletesJobHistoryPastItsRetentionWithEverythingRecordedAboutIt() throws Exception {
        ExecutionState old = housekeeping();
        ExecutionState recent = housekeeping();
        db().age(old.executionId(), 181);
        // what the other jobs keep per run, as if the old run had been one of theirs
        db().update("INSERT INTO review_reconcile_line (instance_id, record_no, line_no, execution_id, category, message)"
                + " VALUES (?, 1, 2, ?, 'APPLIED', '已应用')", old.instanceId(), old.executionId());
        db().update("INSERT INTO batch_sync_seen (instance_id, item_table, item_key, line_no) VALUES (?, 'CUSTOMS_DISTRICT', '0100', 2)",
                old.instanceId());
        String decisionId = "IT-kept-" + UUID.randomUUID();
        db().update("INSERT INTO review_decision_applied (decision_id, application_kind, application_id, decision, instance_id,"
                + " record_no, applied_at) VALUES (?, 'ENTERPRISE_REGISTRATION', 1, 'APPROVE', ?, 1, CURRENT_TIMESTAMP)",
                decisionId, old.instanceId());

        ExecutionState run = housekeeping();

        assertEquals("COMPLETED", run.batchStatus());
        assertEquals(Refusal.UNKNOWN_EXECUTION, refusal(() -> jobs.execution(old.executionId())));
        assertEquals(0, db().count("SELECT COUNT(*) FROM batch_run WHERE instance_id = ?", old.instanceId()));
        assertEquals(0, db().count("SELECT COUNT(*) FROM batch_step_count WHERE instance_id = ?", old.instanceId()));
        assertEquals(0, db().count("SELECT COUNT(*) FROM jobinstancedata WHERE jobinstanceid = ?", old.instanceId()));
        assertEquals(0, db().count("SELECT COUNT(*) FROM checkpointdata WHERE id LIKE ?", old.instanceId() + ",%"));
        assertEquals(0, db().count("SELECT COUNT(*) FROM review_reconcile_line WHERE instance_id = ?", old.instanceId()));
        assertEquals(0, db().count("SELECT COUNT(*) FROM batch_sync_seen WHERE instance_id = ?", old.instanceId()));
        assertEquals(1, db().count("SELECT COUNT(*) FROM review_decision_applied WHERE decision_id = ?", decisionId),
                "an applied decision id stays, so an old file is never applied again");
        assertEquals("COMPLETED", asOperator(() -> jobs.execution(recent.executionId())).batchStatus(), "recent history stays");
        assertTrue(asOperator(() -> records.counts(run.instanceId())).get("job-history").get(StepCounter.DELETED) >= 1);
    }

    @Test
    void aRunRecordsWhoStartedItAndHow() throws Exception {
        long id = asOperator(() -> jobs.start(HOUSEKEEPING, props("note", "by hand"), Trigger.COMMAND_LINE));
        operator.awaitEnd(id, AT_MOST);

        RunRecord run = asOperator(() -> jobs.run(id)).orElseThrow();
        assertEquals(RunAsBatchOperator.OPERATOR, run.startedBy());
        assertEquals(Trigger.COMMAND_LINE, run.trigger());
        assertEquals("note=by hand", run.parameters());
        assertEquals(ServerIdentity.serverName(), run.serverName());
        List<RunView> page = asOperator(() -> jobs.runs(HOUSEKEEPING, 0, 5));
        assertEquals(id, page.get(0).run().executionId(), "newest first");
        assertEquals("COMPLETED", page.get(0).status());
        assertNotNull(page.get(0).duration());
        assertTrue(asOperator(() -> jobs.runCount(HOUSEKEEPING)) >= 1);
    }

    @Test
    void aSecondStartIsRefusedWhileAnExecutionOfTheJobRunsAndTheRefusalIsRecorded() throws Exception {
        ExecutionState done = housekeeping();
        // the job's lock names an execution the runtime reports running
        db().update("UPDATE executioninstancedata SET batchstatus = 'STARTED' WHERE jobexecid = ?", done.executionId());
        try {
            JobRefusedException refused = assertThrows(JobRefusedException.class,
                    () -> asOperator(() -> jobs.start(HOUSEKEEPING, new Properties())));
            assertEquals(Refusal.ALREADY_RUNNING, refused.refusal());
            assertEquals(done.executionId(), refused.executionId());
            RunView latest = asOperator(() -> jobs.runs(HOUSEKEEPING, 0, 1)).get(0);
            assertEquals("REFUSED", latest.status());
            assertEquals(Refusal.ALREADY_RUNNING, latest.run().refusal());
            assertEquals(RunAsBatchOperator.OPERATOR, latest.run().startedBy());
        } finally {
            db().update("UPDATE executioninstancedata SET batchstatus = 'COMPLETED' WHERE jobexecid = ?", done.executionId());
        }
        assertEquals("COMPLETED", housekeeping().batchStatus(), "free again once it is over");
    }

    @Test
    void aStartUnderWayOnAnotherServerBlocksUntilItExpires() throws Exception {
        db().update("UPDATE batch_job_lock SET claimed_at = CURRENT_TIMESTAMP, version = version + 1 WHERE job_name = ?",
                HOUSEKEEPING);
        try {
            assertEquals(Refusal.ALREADY_RUNNING, refusal(() -> jobs.start(HOUSEKEEPING, new Properties())));
            db().update("UPDATE batch_job_lock SET claimed_at = CURRENT_TIMESTAMP - INTERVAL '3 minutes' WHERE job_name = ?",
                    HOUSEKEEPING);
            assertEquals("COMPLETED", housekeeping().batchStatus(), "a claim whose server died expires");
        } finally {
            db().update("UPDATE batch_job_lock SET claimed_at = NULL WHERE job_name = ?", HOUSEKEEPING);
        }
    }

    @Test
    void aFailedRunRestartsFromItsCheckpointAndOnlyTheLatestFailedOrStoppedRuns() throws Exception {
        ExecutionState completed = housekeeping();
        assertEquals(Refusal.NOT_RESTARTABLE, refusal(() -> jobs.restart(completed.executionId())));
        assertEquals(Refusal.UNKNOWN_EXECUTION, refusal(() -> jobs.restart(987654321L)));

        ExecutionState failed = failedHousekeeping();
        assertEquals("FAILED", failed.batchStatus());
        assertTrue(asOperator(() -> jobs.restartable(failed.executionId())));

        long restartedId = asOperator(() -> jobs.restart(failed.executionId()));
        ExecutionState restarted = operator.awaitEnd(restartedId, AT_MOST);
        assertEquals("COMPLETED", restarted.batchStatus());
        assertEquals(failed.instanceId(), restarted.instanceId(), "the same instance continues");
        assertEquals(Trigger.RESTART, asOperator(() -> jobs.run(restartedId)).orElseThrow().trigger());
        assertFalse(asOperator(() -> jobs.restartable(failed.executionId())), "no longer the latest");
        assertEquals(Refusal.NOT_RESTARTABLE, refusal(() -> jobs.restart(failed.executionId())));
    }

    @Test
    void aStoppedRunRestartsFromItsCheckpointWithTheTotalsOfAnUninterruptedRun() throws Exception {
        int files = 20_000;
        String key = UUID.randomUUID().toString();
        db().update("INSERT INTO attachment (id, version, application_kind, enterprise_uscc, document_type, display_name,"
                + " media_type, content_size, sha256, uploaded_by, uploaded_at, staging_key)"
                + " SELECT 900000000 + g, 0, 'ENTERPRISE_REGISTRATION', '91110108MA01ABCD5T', 'BUSINESS_LICENCE', 'x.pdf',"
                + " 'application/pdf', 1, repeat('0', 64), 'ent-a', CURRENT_TIMESTAMP - INTERVAL '30 days', ?"
                + " FROM generate_series(1, ?) g", key, files);
        long id = asOperator(() -> jobs.start(HOUSEKEEPING, new Properties()));
        long instance = asOperator(() -> jobs.execution(id)).instanceId();
        Instant deadline = Instant.now().plus(AT_MOST);
        while (deleted(instance) < 500) {
            assertTrue(Instant.now().isBefore(deadline), "no chunk committed");
            Thread.sleep(20);
        }

        asOperator(() -> {
            jobs.stop(id);
            return null;
        });
        assertEquals("STOPPED", operator.awaitEnd(id, AT_MOST).batchStatus());
        long deletedBeforeStop = deleted(instance);
        long left = db().count("SELECT COUNT(*) FROM attachment WHERE staging_key = ?", key);
        assertTrue(left > 0, "stopped before the end");
        assertEquals(files, deletedBeforeStop + left, "the counts committed with the deletions, chunk by chunk");
        assertTrue(asOperator(() -> jobs.restartable(id)));

        long restarted = asOperator(() -> jobs.restart(id));
        assertEquals("COMPLETED", operator.awaitEnd(restarted, AT_MOST).batchStatus());
        Map<StepCounter, Long> counts = asOperator(() -> records.counts(instance)).get("staged-attachments");
        assertEquals(files, counts.get(StepCounter.DELETED), "nothing deleted twice, nothing left out");
        assertEquals(files, counts.get(StepCounter.READ));
        assertEquals(files, counts.get(StepCounter.TOTAL));
        assertEquals(0, db().count("SELECT COUNT(*) FROM attachment WHERE staging_key = ?", key));
    }

    private long deleted(long instance) throws Exception {
        return asOperator(() -> records.counts(instance)).getOrDefault("staged-attachments", Map.of())
                .getOrDefault(StepCounter.DELETED, 0L);
    }

    @Test
    void executionsLeftRunningByADeadJvmOfThisServerAreMarkedFailedAndRestartable() throws Exception {
        ExecutionState failed = failedHousekeeping();
        // as a kill -9 leaves it: STARTED, recorded by this server in an earlier JVM
        db().update("UPDATE executioninstancedata SET batchstatus = 'STARTED', endtime = NULL WHERE jobexecid = ?",
                failed.executionId());
        db().update("UPDATE stepexecutioninstancedata SET batchstatus = 'STARTED' WHERE jobexecid = ?", failed.executionId());
        db().update("UPDATE batch_run SET jvm_started = 1 WHERE execution_id = ?", failed.executionId());
        assertEquals("STARTED", asOperator(() -> jobs.execution(failed.executionId())).batchStatus());

        List<Long> notMine = orphans.markOrphans("another-server", ServerIdentity.jvmStarted());
        assertFalse(notMine.contains(failed.executionId()), "another server's executions are left alone");
        List<Long> marked = orphans.markOrphans(ServerIdentity.serverName(), ServerIdentity.jvmStarted());

        assertEquals(List.of(failed.executionId()), marked);
        assertEquals("FAILED", asOperator(() -> jobs.execution(failed.executionId())).batchStatus());
        assertTrue(asOperator(() -> jobs.run(failed.executionId())).orElseThrow().orphaned());
        assertEquals(0, db().count("SELECT COUNT(*) FROM stepexecutioninstancedata WHERE jobexecid = ? AND batchstatus = 'STARTED'",
                failed.executionId()));
        long restarted = asOperator(() -> jobs.restart(failed.executionId()));
        assertEquals("COMPLETED", operator.awaitEnd(restarted, AT_MOST).batchStatus());
        assertTrue(orphans.markOrphans(ServerIdentity.serverName(), ServerIdentity.jvmStarted()).isEmpty(), "marked once");
    }

    @Test
    void theScheduleComesFromTheConfigurationWithItsNextFireTime() throws Exception {
        JobSchedule.Entry entry = asOperator(() -> jobs.schedule(HOUSEKEEPING));
        assertTrue(entry.enabled());
        assertEquals("03:30", entry.schedule().timeText());
        assertNotNull(entry.nextFire());
        assertEquals(DailySchedule.BEIJING, entry.nextFire().getZone());
        Instant next = entry.nextFire().toInstant();
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(1, ChronoUnit.DAYS).plusSeconds(60)), next.toString());
    }

    @Test
    void unknownJobsAreRefusedAndOtherRolesMayNotRunJobs() throws Exception {
        assertEquals(Refusal.UNKNOWN_JOB, refusal(() -> jobs.start("no-such-job", new Properties())));
        Exception refused = assertThrows(Exception.class, () -> a(() -> jobs.start(HOUSEKEEPING, new Properties())));
        assertInstanceOf(EJBAccessException.class, refused);
        assertInstanceOf(EJBAccessException.class, assertThrows(Exception.class, () -> reviewer(() -> jobs.runs(HOUSEKEEPING, 0, 5))));
    }

    private static Properties props(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
