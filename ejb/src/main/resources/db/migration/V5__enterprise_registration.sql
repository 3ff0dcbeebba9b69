-- 三证合一信息 (F-10..F-17) and the recorded status transitions of every application kind.

CREATE SEQUENCE enterprise_registration_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE status_transition_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enterprise_registration (
    id                      ${bigint}      NOT NULL,
    version                 ${bigint}      NOT NULL,
    enterprise_uscc         VARCHAR(18)    NOT NULL,
    enterprise_name         VARCHAR(200)   NOT NULL,
    legal_person            VARCHAR(100)   NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    creation_token          VARCHAR(36)    NOT NULL,
    last_request_token      VARCHAR(36),
    legal_person_type       VARCHAR(2),
    enterprise_type         VARCHAR(2),
    enterprise_type_other   VARCHAR(100),
    business_authority_code VARCHAR(12),
    tax_authority_code      VARCHAR(12),
    quality_authority_code  VARCHAR(12),
    registered_capital      NUMERIC(18, 4),
    capital_unit            VARCHAR(10),
    issuing_authority_name  VARCHAR(100),
    enterprise_status       VARCHAR(2),
    customs_district_code   VARCHAR(4),
    card_issuer_code        VARCHAR(4),
    registered_address      VARCHAR(200),
    establishment_date      DATE,
    contact_name            VARCHAR(50),
    contact_phone           VARCHAR(30),
    created_at              TIMESTAMP      NOT NULL,
    updated_at              TIMESTAMP      NOT NULL,
    declared_at             TIMESTAMP,
    status_changed_at       TIMESTAMP,
    CONSTRAINT pk_enterprise_registration PRIMARY KEY (id),
    CONSTRAINT uq_ent_reg_creation_token UNIQUE (creation_token),
    CONSTRAINT fk_ent_reg_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_ent_reg_status CHECK (status IN ('DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED')),
    CONSTRAINT ck_ent_reg_capital CHECK (registered_capital IS NULL OR registered_capital >= 0)
);

-- the list page filters by enterprise, status and submission date
CREATE INDEX ix_ent_reg_uscc_status ON enterprise_registration (enterprise_uscc, status, declared_at);

CREATE TABLE status_transition (
    id               ${bigint}     NOT NULL,
    version          ${bigint}     NOT NULL,
    application_kind VARCHAR(30)   NOT NULL,
    application_id   ${bigint}     NOT NULL,
    enterprise_uscc  VARCHAR(18)   NOT NULL,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20)   NOT NULL,
    action           VARCHAR(20)   NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    reason           VARCHAR(500),
    occurred_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_status_transition PRIMARY KEY (id)
);

CREATE INDEX ix_status_transition_app ON status_transition (application_kind, application_id, occurred_at);
