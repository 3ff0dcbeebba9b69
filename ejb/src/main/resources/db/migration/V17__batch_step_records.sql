-- What the batch jobs (R-4..R-6, X-5) record about each step of a job instance, in the product's
-- own database and in the chunk's transaction, so a restart from a checkpoint neither repeats nor
-- loses a count or a reject (docs/adr/0021-batch-jobs.md). Keyed by the job instance, not the
-- execution: a restarted run continues the counts of the run it restarts, and its totals equal an
-- uninterrupted run's. The batch runtime's own tables are not touched here.

CREATE SEQUENCE batch_reject_seq START WITH 50 INCREMENT BY 50;

-- one row per rejected record: where it was (source, line), what was wrong (field, reason)
CREATE TABLE batch_reject (
    id              ${bigint}       NOT NULL,
    instance_id     ${bigint}       NOT NULL,
    execution_id    ${bigint}       NOT NULL,
    step_name       VARCHAR(64)     NOT NULL,
    source_name     VARCHAR(200)    NOT NULL,
    line_no         ${bigint},
    field_name      VARCHAR(64),
    reason          VARCHAR(500)    NOT NULL,
    raw_text        VARCHAR(1000),
    recorded_at     TIMESTAMP       NOT NULL,
    CONSTRAINT pk_batch_reject PRIMARY KEY (id)
);
-- a run's rejects in the order they were found (the console pages through them)
CREATE INDEX ix_batch_reject_instance ON batch_reject (instance_id, id);

-- the counters of one step (read, inserted, updated, unchanged, rejected, retired, applied, ...)
CREATE TABLE batch_step_count (
    instance_id     ${bigint}       NOT NULL,
    step_name       VARCHAR(64)     NOT NULL,
    counter_name    VARCHAR(32)     NOT NULL,
    amount          ${bigint}       NOT NULL,
    CONSTRAINT pk_batch_step_count PRIMARY KEY (instance_id, step_name, counter_name)
);
