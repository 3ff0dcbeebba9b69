-- Personal API tokens (issue 13; docs/adr/0030-api-tokens.md): an enterprise user's tokens for the
-- REST API under /api/v1. Only the SHA-256 of the secret is kept (token_hash, hex); the token itself
-- is shown once at creation. token_prefix is the start of the token, for the user to tell tokens apart.

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id              ${bigint}      NOT NULL,
    version         ${bigint}      NOT NULL,
    account_id      ${bigint}      NOT NULL,
    token_name      VARCHAR(60)    NOT NULL,
    token_hash      VARCHAR(64)    NOT NULL,
    token_prefix    VARCHAR(16)    NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    expires_at      TIMESTAMP      NOT NULL,
    last_used_at    TIMESTAMP,
    revoked_at      TIMESTAMP,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- the token page: the user's tokens, newest first
CREATE INDEX ix_api_token_account ON api_token (account_id, created_at);
