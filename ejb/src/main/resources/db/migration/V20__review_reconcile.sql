-- The job review-reconcile (R-5, issue 10; docs/adr/0022-review-reconcile.md): the reconciliation
-- report of each run and the back office's decision ids applied so far. Both are written in the
-- chunk's transaction together with the state changes, so a restart from a checkpoint neither
-- applies a decision twice nor loses a report line.

-- one row per record of the results file in a run (job instance): what it said and what became of it;
-- keyed by the record's place in the file (an XML file may hold several records on one line)
CREATE TABLE review_reconcile_line (
    instance_id        ${bigint}       NOT NULL,
    record_no          ${bigint}       NOT NULL,
    line_no            ${bigint}       NOT NULL,
    execution_id       ${bigint}       NOT NULL,
    decision_id        VARCHAR(64),
    application_kind   VARCHAR(30),
    application_id     ${bigint},
    application_no     VARCHAR(20),
    enterprise_uscc    VARCHAR(18),
    decision           VARCHAR(10),
    reviewer           VARCHAR(64),
    decided_at         TIMESTAMP,
    category           VARCHAR(32)     NOT NULL,
    message            VARCHAR(500)    NOT NULL,
    CONSTRAINT pk_review_reconcile_line PRIMARY KEY (instance_id, record_no)
);
-- the console's filter by category, paged in file order
CREATE INDEX ix_review_reconcile_category ON review_reconcile_line (instance_id, category, record_no);

-- every decision of the back office that was applied, once: a second run of the same file applies nothing again
CREATE TABLE review_decision_applied (
    decision_id        VARCHAR(64)     NOT NULL,
    application_kind   VARCHAR(30)     NOT NULL,
    application_id     ${bigint}       NOT NULL,
    decision           VARCHAR(10)     NOT NULL,
    instance_id        ${bigint}       NOT NULL,
    record_no          ${bigint}       NOT NULL,
    applied_at         TIMESTAMP       NOT NULL,
    CONSTRAINT pk_review_decision_applied PRIMARY KEY (decision_id)
);
