-- Accounts and their enterprises (issue 2: F-1, F-2, R-9).
-- Portable across H2, PostgreSQL and Oracle; ${bigint} is a placeholder set per database (SqlDialect).
-- Sequences advance by the JPA allocation size (50) and start at 50 so EclipseLink hands out 1..50 first.

CREATE SEQUENCE enterprise_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enterprise (
    id              ${bigint}     NOT NULL,
    version         ${bigint}     NOT NULL,
    uscc            VARCHAR(18)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    legal_person    VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_enterprise PRIMARY KEY (id),
    CONSTRAINT uq_enterprise_uscc UNIQUE (uscc)
);

CREATE TABLE account (
    id              ${bigint}     NOT NULL,
    version         ${bigint}     NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    password_hash   VARCHAR(200)  NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    enterprise_id   ${bigint},
    failed_attempts INTEGER       DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP,
    last_login_at   TIMESTAMP,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT ck_account_failed_attempts CHECK (failed_attempts >= 0)
);

CREATE INDEX ix_account_enterprise ON account (enterprise_id);

CREATE TABLE account_role (
    account_id      ${bigint}     NOT NULL,
    role_name       VARCHAR(32)   NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_role_name CHECK (role_name IN ('ENTERPRISE', 'REVIEWER', 'BATCH_OPERATOR', 'ADMIN'))
);
