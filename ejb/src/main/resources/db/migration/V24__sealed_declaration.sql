-- The sealed PDF of each 申报 (issue 12 item 3; docs/adr/0027-sealed-declaration-pdf.md): rendered in
-- the 申报's own transaction from exactly what was declared (the snapshot), never rewritten. One row per
-- snapshot, so per application and round. As for attachments, the bytes live in a table of their own
-- so that lists of the versions never read them. The snapshot (V23) is the record the PDF seals; its
-- content_sha256 is printed on every page.

CREATE SEQUENCE sealed_declaration_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sealed_declaration (
    id                 ${bigint}      NOT NULL,
    version            ${bigint}      NOT NULL,
    snapshot_id        ${bigint}      NOT NULL,
    application_kind   VARCHAR(30)    NOT NULL,
    application_id     ${bigint}      NOT NULL,
    application_no     VARCHAR(20)    NOT NULL,
    round_no           INTEGER        NOT NULL,
    enterprise_uscc    VARCHAR(18)    NOT NULL,
    content_size       ${bigint}      NOT NULL,
    sha256             VARCHAR(64)    NOT NULL,
    declared_by        VARCHAR(64)    NOT NULL,
    created_at         TIMESTAMP      NOT NULL,
    CONSTRAINT pk_sealed_declaration PRIMARY KEY (id),
    CONSTRAINT uq_sealed_snapshot UNIQUE (snapshot_id),
    CONSTRAINT uq_sealed_round UNIQUE (application_kind, application_id, round_no),
    CONSTRAINT fk_sealed_snapshot FOREIGN KEY (snapshot_id) REFERENCES declaration_snapshot (id),
    CONSTRAINT fk_sealed_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_sealed_round CHECK (round_no > 0),
    CONSTRAINT ck_sealed_size CHECK (content_size > 0)
);

CREATE TABLE sealed_declaration_content (
    sealed_id  ${bigint} NOT NULL,
    version    ${bigint} NOT NULL,
    content    ${blob}   NOT NULL,
    CONSTRAINT pk_sealed_declaration_content PRIMARY KEY (sealed_id),
    CONSTRAINT fk_sealed_content_sealed FOREIGN KEY (sealed_id) REFERENCES sealed_declaration (id) ON DELETE CASCADE
);
