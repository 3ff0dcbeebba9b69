-- Field-level return reasons (issue 12 item 1; docs/adr/0025-return-marks.md): on 退回 the reviewer
-- may mark fields and attachments of the application with a note. A mark belongs to the round it
-- was made in (the number of the 申报 that was returned, as the declaration snapshots count them),
-- keeps the field's value at the time of the mark so a change can be told, and is cleared (never
-- deleted) when the enterprise changes the field, deletes the file, or a later return replaces it.
-- Exactly one of field_name and attachment_id is set.

CREATE SEQUENCE return_mark_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE return_mark (
    id                    ${bigint}      NOT NULL,
    version               ${bigint}      NOT NULL,
    application_kind      VARCHAR(30)    NOT NULL,
    application_id        ${bigint}      NOT NULL,
    enterprise_uscc       VARCHAR(18)    NOT NULL,
    declaration_round     INTEGER        NOT NULL,
    field_name            VARCHAR(64),
    field_value           VARCHAR(1000),
    attachment_id         ${bigint},
    document_type         VARCHAR(32),
    file_name             VARCHAR(200),
    note                  VARCHAR(200)   NOT NULL,
    created_by            VARCHAR(64)    NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    cleared_by            VARCHAR(64),
    cleared_at            TIMESTAMP,
    CONSTRAINT pk_return_mark PRIMARY KEY (id),
    CONSTRAINT ck_return_mark_target CHECK ((field_name IS NULL AND attachment_id IS NOT NULL)
                                         OR (field_name IS NOT NULL AND attachment_id IS NULL)),
    CONSTRAINT ck_return_mark_round CHECK (declaration_round >= 1)
);

-- the open marks of one application (its form, its view page, the clearing on 暂存/申报) and those of one round (the diff)
CREATE INDEX ix_return_mark_application ON return_mark (application_kind, application_id, declaration_round);
-- the counts of open marks per application for an enterprise's lists (task list, status query)
CREATE INDEX ix_return_mark_enterprise ON return_mark (enterprise_uscc, cleared_at);
