-- Code tables (issue 3: R-2). Every code table lives in this one table, keyed by (table_name, code).
-- Portable across H2, PostgreSQL and Oracle; ${bigint}, ${boolean} and ${binary_collation} are set per
-- database (SqlDialect). ${binary_collation} makes code comparisons byte by byte on PostgreSQL
-- (COLLATE "C"), as they are by default on H2 and Oracle: code order is the same everywhere and the
-- unique index serves the prefix search of code suggestion (docs/adr/0008-code-tables.md).
-- Validity: an entry counts on day D when active and valid_from <= D < valid_to (valid_to NULL: open).

CREATE SEQUENCE code_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE code_entry (
    id               ${bigint}     NOT NULL,
    version          ${bigint}     NOT NULL,
    table_name       VARCHAR(40)   NOT NULL,
    code             VARCHAR(32)   ${binary_collation} NOT NULL,
    name_zh          VARCHAR(200)  NOT NULL,
    name_en          VARCHAR(200),
    parent_code      VARCHAR(32),
    valid_from       DATE          NOT NULL,
    valid_to         DATE,
    active           ${boolean}    NOT NULL,
    card_issuer_code VARCHAR(32),
    card_issuer_name VARCHAR(200),
    CONSTRAINT pk_code_entry PRIMARY KEY (id),
    CONSTRAINT uq_code_entry_table_code UNIQUE (table_name, code),
    CONSTRAINT ck_code_entry_table CHECK (table_name IN ('CUSTOMS_DISTRICT', 'BUSINESS_REGISTRATION_AUTHORITY',
        'TAX_AUTHORITY', 'QUALITY_SUPERVISION_AUTHORITY', 'FOREX_BUREAU', 'MOFCOM_AUTHORITY', 'ENTERPRISE_TYPE',
        'LEGAL_PERSON_TYPE', 'ENTERPRISE_STATUS', 'CAPITAL_UNIT', 'DOCUMENT_TYPE', 'ID_TYPE')),
    CONSTRAINT ck_code_entry_validity CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT ck_code_entry_card_issuer CHECK (
        (card_issuer_code IS NULL AND card_issuer_name IS NULL) OR table_name = 'CUSTOMS_DISTRICT')
);
