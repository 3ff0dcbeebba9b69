-- 操作员信息预录入 (F-50..F-53): the staff an enterprise registers for E-Port cards, one row a person,
-- through the same state machine as every application kind (status_transition, review_assignment,
-- attachment). The same person (证件类别 + 证件号码) once per enterprise (uq_operator_person), enforced by
-- the database as well as by the service.

CREATE SEQUENCE enterprise_operator_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enterprise_operator (
    id                    ${bigint}      NOT NULL,
    version               ${bigint}      NOT NULL,
    enterprise_uscc       VARCHAR(18)    NOT NULL,
    enterprise_name       VARCHAR(200)   NOT NULL,
    legal_person          VARCHAR(100)   NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    creation_token        VARCHAR(36)    NOT NULL,
    last_request_token    VARCHAR(36),
    id_type               VARCHAR(10)    NOT NULL,
    id_number             VARCHAR(30)    NOT NULL,
    operator_name         VARCHAR(50),
    gender                VARCHAR(10),
    birth_date            DATE,
    mobile                VARCHAR(30),
    phone                 VARCHAR(30),
    email                 VARCHAR(100),
    address               VARCHAR(200),
    postcode              VARCHAR(6),
    customs_district_code VARCHAR(4),
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    declared_at           TIMESTAMP,
    status_changed_at     TIMESTAMP,
    CONSTRAINT pk_enterprise_operator PRIMARY KEY (id),
    CONSTRAINT uq_operator_creation_token UNIQUE (creation_token),
    CONSTRAINT uq_operator_person UNIQUE (enterprise_uscc, id_type, id_number),
    CONSTRAINT fk_operator_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_operator_status CHECK (status IN ('DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED')),
    CONSTRAINT ck_operator_gender CHECK (gender IS NULL OR gender IN ('MALE', 'FEMALE'))
);

-- the list (F-50) and the status query: the enterprise's entries, newest change first, by status
CREATE INDEX ix_operator_uscc_updated ON enterprise_operator (enterprise_uscc, updated_at);
CREATE INDEX ix_operator_uscc_status ON enterprise_operator (enterprise_uscc, status, declared_at);
-- the review queue: declared entries by submission date
CREATE INDEX ix_operator_status_declared ON enterprise_operator (status, declared_at);
