-- issue 12: what every 申报 of every application kind declared, kept as it was (docs/adr/0026-declaration-snapshots.md).
-- One row a 申报: the application (kind, id) and its enterprise, the round (1 for the first 申报, 2 for the one
-- after the first return, ...), who declared when, and the declaration itself as JSON text with its SHA-256.
-- Rows are only ever inserted: no code path updates or deletes them.

CREATE SEQUENCE declaration_snapshot_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE declaration_snapshot (
    id                ${bigint}     NOT NULL,
    version           ${bigint}     NOT NULL,
    application_kind  VARCHAR(30)   NOT NULL,
    application_id    ${bigint}     NOT NULL,
    enterprise_uscc   VARCHAR(18)   NOT NULL,
    declaration_round INTEGER       NOT NULL,
    declared_at       TIMESTAMP     NOT NULL,
    declared_by       VARCHAR(64)   NOT NULL,
    content           ${clob}       NOT NULL,
    content_sha256    VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_declaration_snapshot PRIMARY KEY (id),
    -- one snapshot a round: two 申报 of one application racing for the same round cannot both be stored
    CONSTRAINT uq_declaration_round UNIQUE (application_kind, application_id, declaration_round),
    CONSTRAINT fk_declaration_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_declaration_round CHECK (declaration_round >= 1)
);
