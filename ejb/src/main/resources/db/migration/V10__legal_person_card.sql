-- 补办法人卡 (F-60, F-61): an enterprise's application to reissue its legal-person IC card, through the
-- same state machine as every application kind (status_transition, review_assignment, attachment).

CREATE SEQUENCE legal_person_card_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legal_person_card (
    id                    ${bigint}      NOT NULL,
    version               ${bigint}      NOT NULL,
    enterprise_uscc       VARCHAR(18)    NOT NULL,
    enterprise_name       VARCHAR(200)   NOT NULL,
    legal_person          VARCHAR(100)   NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    creation_token        VARCHAR(36)    NOT NULL,
    last_request_token    VARCHAR(36),
    reissue_reason        VARCHAR(20),
    reissue_reason_other  VARCHAR(200),
    id_type               VARCHAR(10),
    id_number             VARCHAR(30),
    customs_district_code VARCHAR(4),
    card_issuer_code      VARCHAR(4),
    contact_name          VARCHAR(50),
    contact_phone         VARCHAR(30),
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    declared_at           TIMESTAMP,
    status_changed_at     TIMESTAMP,
    CONSTRAINT pk_legal_person_card PRIMARY KEY (id),
    CONSTRAINT uq_lp_card_creation_token UNIQUE (creation_token),
    CONSTRAINT fk_lp_card_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_lp_card_status CHECK (status IN ('DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED')),
    CONSTRAINT ck_lp_card_reason CHECK (reissue_reason IS NULL OR reissue_reason IN ('LOST', 'DAMAGED', 'OTHER'))
);

-- 业务办理状态查询: the enterprise's applications by status and submission date, newest change first
CREATE INDEX ix_lp_card_uscc_status ON legal_person_card (enterprise_uscc, status, declared_at);
CREATE INDEX ix_lp_card_uscc_updated ON legal_person_card (enterprise_uscc, updated_at);
-- the review queue: declared applications by submission date
CREATE INDEX ix_lp_card_status_declared ON legal_person_card (status, declared_at);
-- the same order for 三证合一 records, which the status query lists alongside
CREATE INDEX ix_ent_reg_uscc_updated ON enterprise_registration (enterprise_uscc, updated_at);
