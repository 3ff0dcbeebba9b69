-- Who started each execution of a batch job and how, and the one-at-a-time rule of a job across a
-- cluster (issue 10 item 4; docs/adr/0021-batch-jobs.md). The batch runtime's own tables (its job
-- repository, also in this database) are not touched here.

CREATE SEQUENCE batch_run_seq START WITH 50 INCREMENT BY 50;

-- one row per request to run a job: started (execution_id set) or refused (refusal set)
CREATE TABLE batch_run (
    id              ${bigint}       NOT NULL,
    job_name        VARCHAR(64)     NOT NULL,
    execution_id    ${bigint},
    instance_id     ${bigint},
    started_by      VARCHAR(64)     NOT NULL,
    trigger_kind    VARCHAR(16)     NOT NULL,
    parameters      VARCHAR(2000),
    requested_at    TIMESTAMP       NOT NULL,
    -- the server that runs it and the start time of its JVM: an execution of this server whose
    -- JVM is an earlier one died with it (marked FAILED at start-up, orphaned set)
    server_name     VARCHAR(100)    NOT NULL,
    jvm_started     ${bigint}       NOT NULL,
    refusal         VARCHAR(32),
    orphaned        ${boolean}      NOT NULL,
    CONSTRAINT pk_batch_run PRIMARY KEY (id),
    CONSTRAINT ck_batch_run_trigger CHECK (trigger_kind IN ('CONSOLE', 'COMMAND_LINE', 'SCHEDULE', 'RESTART'))
);
CREATE INDEX ix_batch_run_job ON batch_run (job_name, id);
CREATE INDEX ix_batch_run_execution ON batch_run (execution_id);
CREATE INDEX ix_batch_run_instance ON batch_run (instance_id);
CREATE INDEX ix_batch_run_server ON batch_run (server_name, jvm_started);

-- one row per job: whoever changes it (compare-and-set on version) may start the job; the
-- execution it names must be over before the next one starts (claimed_at: a start under way)
CREATE TABLE batch_job_lock (
    job_name        VARCHAR(64)     NOT NULL,
    version         ${bigint}       NOT NULL,
    execution_id    ${bigint},
    claimed_at      TIMESTAMP,
    CONSTRAINT pk_batch_job_lock PRIMARY KEY (job_name)
);
INSERT INTO batch_job_lock (job_name, version) VALUES ('code-table-sync', 0);
INSERT INTO batch_job_lock (job_name, version) VALUES ('review-reconcile', 0);
INSERT INTO batch_job_lock (job_name, version) VALUES ('housekeeping', 0);

-- the housekeeping job finds staged attachments of abandoned forms by key and latest upload
CREATE INDEX ix_attachment_staged ON attachment (staging_key, uploaded_at);

-- a scheduled time of a job that one server of a cluster has taken (so it fires once)
CREATE TABLE batch_schedule_fire (
    job_name        VARCHAR(64)     NOT NULL,
    fire_slot       VARCHAR(16)     NOT NULL,
    fired_at        TIMESTAMP       NOT NULL,
    CONSTRAINT pk_batch_schedule_fire PRIMARY KEY (job_name, fire_slot)
);
