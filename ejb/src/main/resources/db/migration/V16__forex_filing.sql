-- 企业外汇备案授权 (F-40..F-43): an enterprise's 贸易外汇收支企业名录登记, one per enterprise, through the
-- same state machine as every application kind. At 申报 it is compared with the forex enterprise
-- directory (dir_forex_enterprise, F-42; ADR 0017): the directory's answer is kept in the dir_* columns
-- for the reviewer. Approval gives it its 外汇登记编号 (filing_number) from forex_reg_no_seq.

CREATE SEQUENCE forex_filing_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE forex_reg_no_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE forex_filing (
    id                    ${bigint}      NOT NULL,
    version               ${bigint}      NOT NULL,
    enterprise_uscc       VARCHAR(18)    NOT NULL,
    enterprise_name       VARCHAR(200)   NOT NULL,
    legal_person          VARCHAR(100)   NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    creation_token        VARCHAR(36)    NOT NULL,
    last_request_token    VARCHAR(36),
    forex_bureau_code     VARCHAR(6),
    registered_address    VARCHAR(200),
    business_scope        VARCHAR(1000),
    contact_name          VARCHAR(50),
    contact_phone         VARCHAR(30),
    contact_email         VARCHAR(100),
    customs_district_code VARCHAR(4),
    dir_outcome           VARCHAR(12),
    dir_checked_at        TIMESTAMP,
    dir_differences       VARCHAR(60),
    dir_enterprise_name   VARCHAR(200),
    dir_legal_person      VARCHAR(100),
    dir_bureau_code       VARCHAR(16),
    filing_number         VARCHAR(30),
    approved_at           TIMESTAMP,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    declared_at           TIMESTAMP,
    status_changed_at     TIMESTAMP,
    CONSTRAINT pk_forex_filing PRIMARY KEY (id),
    CONSTRAINT uq_forex_filing_token UNIQUE (creation_token),
    -- one forex filing per enterprise, whatever the application does
    CONSTRAINT uq_forex_filing_uscc UNIQUE (enterprise_uscc),
    CONSTRAINT uq_forex_filing_number UNIQUE (filing_number),
    CONSTRAINT fk_forex_filing_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_forex_filing_status CHECK (status IN ('DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED')),
    CONSTRAINT ck_forex_filing_dir CHECK (dir_outcome IS NULL OR dir_outcome IN ('MATCHED', 'DIFFERENT', 'NOT_LISTED')),
    CONSTRAINT ck_forex_filing_number CHECK ((filing_number IS NULL AND approved_at IS NULL)
        OR (filing_number IS NOT NULL AND approved_at IS NOT NULL AND status = 'APPROVED'))
);

-- 业务办理状态查询: the enterprise's applications by status and submission date, newest change first
-- (the unique key on enterprise_uscc serves the look-up of the enterprise's one filing)
CREATE INDEX ix_forex_filing_uscc_status ON forex_filing (enterprise_uscc, status, declared_at);
-- the review queue: declared applications by submission date
CREATE INDEX ix_forex_filing_status_decl ON forex_filing (status, declared_at);
