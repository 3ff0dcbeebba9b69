-- Reference directories (issue 3, R-3): the tables behind the table-backed adapters of the
-- directory ports (cn.eport.onboarding.directory). Filled by the nightly batch job, and by the
-- demo data on the embedded default. Codes (status, types, authorities, customs districts, forex
-- bureaus) are stored as plain codes of the code tables, without foreign keys: the directories
-- come from other systems and may name codes this system has not synced yet.
-- Portable across H2, PostgreSQL and Oracle; ${bigint} is a placeholder set per database (SqlDialect).

-- one key sequence for the five tables; advances by the JPA allocation size (50)
CREATE SEQUENCE dir_entry_seq START WITH 50 INCREMENT BY 50;

-- 工商登记信息: back-fill data of the 三证合一 form (F-12)
CREATE TABLE dir_registry_record (
    id                      ${bigint}      NOT NULL,
    version                 ${bigint}      NOT NULL,
    uscc                    VARCHAR(18)    NOT NULL,
    enterprise_name         VARCHAR(200)   NOT NULL,
    legal_person_name       VARCHAR(100),
    legal_person_type       VARCHAR(16),
    enterprise_type         VARCHAR(16),
    status_code             VARCHAR(16)    NOT NULL,
    registered_capital      DECIMAL(20,6),
    capital_unit            VARCHAR(16),
    address                 VARCHAR(300),
    issuing_authority_name  VARCHAR(200),
    registration_authority  VARCHAR(16),
    established_on          DATE,
    business_scope          VARCHAR(4000),
    synced_at               TIMESTAMP      NOT NULL,
    CONSTRAINT pk_dir_registry_record PRIMARY KEY (id),
    CONSTRAINT uq_dir_registry_record_uscc UNIQUE (uscc),
    CONSTRAINT ck_dir_registry_capital CHECK (registered_capital >= 0)
);

-- 外汇企业名录 (F-42)
CREATE TABLE dir_forex_enterprise (
    id                      ${bigint}      NOT NULL,
    version                 ${bigint}      NOT NULL,
    uscc                    VARCHAR(18)    NOT NULL,
    enterprise_name         VARCHAR(200)   NOT NULL,
    legal_person_name       VARCHAR(100),
    forex_bureau            VARCHAR(16)    NOT NULL,
    synced_at               TIMESTAMP      NOT NULL,
    CONSTRAINT pk_dir_forex_enterprise PRIMARY KEY (id),
    CONSTRAINT uq_dir_forex_enterprise_uscc UNIQUE (uscc)
);

-- 外汇注销名录 (F-41)
CREATE TABLE dir_forex_dereg (
    id                      ${bigint}      NOT NULL,
    version                 ${bigint}      NOT NULL,
    uscc                    VARCHAR(18)    NOT NULL,
    enterprise_name         VARCHAR(200),
    deregistered_on         DATE           NOT NULL,
    reason                  VARCHAR(500),
    forex_bureau            VARCHAR(16),
    synced_at               TIMESTAMP      NOT NULL,
    CONSTRAINT pk_dir_forex_dereg PRIMARY KEY (id),
    CONSTRAINT uq_dir_forex_dereg_uscc UNIQUE (uscc)
);

-- 海关企管备案信息 (F-31)
CREATE TABLE dir_customs_record (
    id                      ${bigint}      NOT NULL,
    version                 ${bigint}      NOT NULL,
    uscc                    VARCHAR(18)    NOT NULL,
    enterprise_name         VARCHAR(200),
    customs_code            VARCHAR(10)    NOT NULL,
    customs_district        VARCHAR(4)     NOT NULL,
    registered_on           DATE,
    synced_at               TIMESTAMP      NOT NULL,
    CONSTRAINT pk_dir_customs_record PRIMARY KEY (id),
    CONSTRAINT uq_dir_customs_record_uscc UNIQUE (uscc)
);

-- unfinished filings in the old system (老系统, F-21/F-41) and the RA system (F-31);
-- the unique key leads with uscc, so it also serves the look-up by enterprise
CREATE TABLE dir_pending_filing (
    id                      ${bigint}      NOT NULL,
    version                 ${bigint}      NOT NULL,
    uscc                    VARCHAR(18)    NOT NULL,
    filing_system           VARCHAR(16)    NOT NULL,
    filing_kind             VARCHAR(16)    NOT NULL,
    pending_since           DATE           NOT NULL,
    filing_reference        VARCHAR(64),
    synced_at               TIMESTAMP      NOT NULL,
    CONSTRAINT pk_dir_pending_filing PRIMARY KEY (id),
    CONSTRAINT uq_dir_pending_filing UNIQUE (uscc, filing_system, filing_kind),
    CONSTRAINT ck_dir_pending_system CHECK (filing_system IN ('OLD_SYSTEM', 'RA_SYSTEM')),
    CONSTRAINT ck_dir_pending_kind CHECK (filing_kind IN ('MOFCOM', 'CUSTOMS', 'FOREX'))
);
