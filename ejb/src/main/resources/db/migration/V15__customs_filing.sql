-- 企业海关备案授权 (F-30..F-32): an enterprise's 报关单位备案 (报关单位情况登记表), one per enterprise, through
-- the same state machine as every application kind. It always goes to review (F-32); approval gives it its
-- 10-digit 海关注册编码 (filing_number): 行政区划 (4) + 经济区划 (1) + 企业经济类型 (1) + a sequence number (4)
-- counted per 6-digit prefix in customs_code_counter (CustomsRegistrationCodes; docs/filings.md).
-- Applied out of order on databases that already had V16 (DatabaseMigrator allows it: ADR 0004 addendum);
-- nothing here depends on V16.

CREATE SEQUENCE customs_filing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customs_filing (
    id                    ${bigint}      NOT NULL,
    version               ${bigint}      NOT NULL,
    enterprise_uscc       VARCHAR(18)    NOT NULL,
    enterprise_name       VARCHAR(200)   NOT NULL,
    legal_person          VARCHAR(100)   NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    creation_token        VARCHAR(36)    NOT NULL,
    last_request_token    VARCHAR(36),
    customs_district_code VARCHAR(4),
    filing_customs_code   VARCHAR(4),
    business_category     VARCHAR(2),
    division_code         VARCHAR(6),
    economic_zone         VARCHAR(1),
    economic_type         VARCHAR(1),
    industry_code         VARCHAR(2),
    business_scope        VARCHAR(1000),
    contact_name          VARCHAR(50),
    contact_phone         VARCHAR(30),
    filing_number         VARCHAR(30),
    approved_at           TIMESTAMP,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    declared_at           TIMESTAMP,
    status_changed_at     TIMESTAMP,
    CONSTRAINT pk_customs_filing PRIMARY KEY (id),
    CONSTRAINT uq_customs_filing_token UNIQUE (creation_token),
    -- one customs filing per enterprise, whatever the application does
    CONSTRAINT uq_customs_filing_uscc UNIQUE (enterprise_uscc),
    CONSTRAINT uq_customs_filing_number UNIQUE (filing_number),
    CONSTRAINT fk_customs_filing_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_customs_filing_status CHECK (status IN ('DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED')),
    CONSTRAINT ck_customs_filing_number CHECK ((filing_number IS NULL AND approved_at IS NULL)
        OR (filing_number IS NOT NULL AND approved_at IS NOT NULL AND status = 'APPROVED'))
);

-- the review queue (by status and declaration date) and the status query
CREATE INDEX ix_customs_filing_status ON customs_filing (status, declared_at);

-- 海关注册编码 digits 7-10: the last number given per 6-digit prefix (行政区划 + 经济区划 + 企业经济类型).
-- The approving transaction's UPDATE locks the prefix's row until it commits, so two approvals never
-- get the same number (a counter row, not a sequence: one sequence per prefix would be thousands).
CREATE TABLE customs_code_counter (
    prefix     VARCHAR(6)  NOT NULL,
    version    ${bigint}   NOT NULL,
    last_value INTEGER     NOT NULL,
    CONSTRAINT pk_customs_code_counter PRIMARY KEY (prefix),
    CONSTRAINT ck_customs_code_counter CHECK (last_value BETWEEN 0 AND 9999)
);

-- the code tables of the customs form (R-2): 行政区划 (GB/T 2260), 经济区划, 行业种类 (GB/T 4754 门类) and
-- 企业经营类别; filled by CodeTableInitializer on the next start, since they are empty
ALTER TABLE code_entry DROP CONSTRAINT ck_code_entry_table;
ALTER TABLE code_entry ADD CONSTRAINT ck_code_entry_table CHECK (table_name IN ('CUSTOMS_DISTRICT',
    'BUSINESS_REGISTRATION_AUTHORITY', 'TAX_AUTHORITY', 'QUALITY_SUPERVISION_AUTHORITY', 'FOREX_BUREAU', 'MOFCOM_AUTHORITY',
    'ENTERPRISE_TYPE', 'LEGAL_PERSON_TYPE', 'ENTERPRISE_STATUS', 'CAPITAL_UNIT', 'DOCUMENT_TYPE', 'ID_TYPE',
    'ADMINISTRATIVE_DIVISION', 'ECONOMIC_ZONE', 'INDUSTRY', 'CUSTOMS_BUSINESS_CATEGORY'));
