-- Review console (R-1): which reviewer has claimed which application, for every application kind.
-- One row per application under review; the recorded transitions keep the history.

CREATE SEQUENCE review_assignment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE review_assignment (
    id               ${bigint}     NOT NULL,
    version          ${bigint}     NOT NULL,
    application_kind VARCHAR(30)   NOT NULL,
    application_id   ${bigint}     NOT NULL,
    enterprise_uscc  VARCHAR(18)   NOT NULL,
    assignee         VARCHAR(64)   NOT NULL,
    claimed_at       TIMESTAMP     NOT NULL,
    CONSTRAINT pk_review_assignment PRIMARY KEY (id),
    -- at most one reviewer per application: of two simultaneous claims only one row can be stored
    CONSTRAINT uq_review_assignment_app UNIQUE (application_kind, application_id)
);

-- "my claims": the caller's assignments
CREATE INDEX ix_review_assignment_assignee ON review_assignment (assignee, application_kind);

-- the queue: declared applications by submission date
CREATE INDEX ix_ent_reg_status_declared ON enterprise_registration (status, declared_at);
