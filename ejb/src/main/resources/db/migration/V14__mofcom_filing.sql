-- 企业商务部备案 (F-20..F-23): an enterprise's 对外贸易经营者备案登记表, through the same state machine
-- as every application kind; approved at once on 申报 (F-22), when it gets its 备案登记表编号.
-- One per enterprise (uq_mofcom_filing_uscc), enforced by the database as well as by the service.

CREATE SEQUENCE mofcom_filing_seq START WITH 50 INCREMENT BY 50;
-- 备案登记表编号: 8 digits, issued once each (MofcomFilingNumbers)
CREATE SEQUENCE mofcom_filing_no_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE mofcom_filing (
    id                    ${bigint}      NOT NULL,
    version               ${bigint}      NOT NULL,
    enterprise_uscc       VARCHAR(18)    NOT NULL,
    enterprise_name       VARCHAR(200)   NOT NULL,
    legal_person          VARCHAR(100)   NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    creation_token        VARCHAR(36)    NOT NULL,
    last_request_token    VARCHAR(36),
    operator_name_zh      VARCHAR(200),
    operator_name_en      VARCHAR(200),
    organization_code     VARCHAR(9),
    operator_type         VARCHAR(20),
    residence             VARCHAR(200),
    premises_zh           VARCHAR(200),
    premises_en           VARCHAR(200),
    phone                 VARCHAR(30),
    fax                   VARCHAR(30),
    postcode              VARCHAR(6),
    email                 VARCHAR(100),
    business_reg_date     DATE,
    business_reg_number   VARCHAR(18),
    registered_capital    NUMERIC(18, 4),
    capital_usd           NUMERIC(18, 4),
    authority_code        VARCHAR(6),
    remarks               VARCHAR(500),
    customs_district_code VARCHAR(4),
    filing_number         VARCHAR(30),
    approved_at           TIMESTAMP,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    declared_at           TIMESTAMP,
    status_changed_at     TIMESTAMP,
    CONSTRAINT pk_mofcom_filing PRIMARY KEY (id),
    CONSTRAINT uq_mofcom_filing_uscc UNIQUE (enterprise_uscc),
    CONSTRAINT uq_mofcom_filing_token UNIQUE (creation_token),
    CONSTRAINT uq_mofcom_filing_number UNIQUE (filing_number),
    CONSTRAINT fk_mofcom_filing_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_mofcom_filing_status CHECK (status IN ('DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED')),
    CONSTRAINT ck_mofcom_filing_type CHECK (operator_type IS NULL OR operator_type IN ('STATE_OWNED', 'COLLECTIVE',
        'PRIVATE', 'FOREIGN_INVESTED', 'INDIVIDUAL_BUSINESS', 'FOREIGN_ENTERPRISE', 'OTHER')),
    CONSTRAINT ck_mofcom_filing_amounts CHECK ((registered_capital IS NULL OR registered_capital >= 0)
        AND (capital_usd IS NULL OR capital_usd >= 0))
);

-- the status query (by status and submission date) and the review console (by status and declaration date)
CREATE INDEX ix_mofcom_filing_status ON mofcom_filing (status, declared_at);
