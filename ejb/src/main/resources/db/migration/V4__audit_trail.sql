-- Audit trail (R-8): who did what to which record, when. Append-only.

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id              ${bigint}     NOT NULL,
    version         ${bigint}     NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    subject_type    VARCHAR(40)   NOT NULL,
    subject_id      VARCHAR(64),
    enterprise_uscc VARCHAR(18),
    detail          VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_id);
CREATE INDEX ix_audit_event_uscc ON audit_event (enterprise_uscc);
