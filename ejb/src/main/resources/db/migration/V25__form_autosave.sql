-- Unsaved input of an entry form (issue 12 item 4; docs/adr/0028-form-autosave.md): what one user
-- typed into one form, kept every few seconds so that a session timeout loses nothing. One row per
-- user and stored application (application_id), or per user and new form (form_token, while
-- application_id is empty). The payload is AES-GCM ciphertext made with a key that is not in the
-- database. The housekeeping job deletes rows past expires_at.

CREATE SEQUENCE form_autosave_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE form_autosave (
    id                 ${bigint}      NOT NULL,
    version            ${bigint}      NOT NULL,
    username           VARCHAR(64)    NOT NULL,
    application_kind   VARCHAR(30)    NOT NULL,
    application_id     ${bigint},
    form_token         VARCHAR(36)    NOT NULL,
    payload            ${blob}        NOT NULL,
    saved_at           TIMESTAMP      NOT NULL,
    expires_at         TIMESTAMP      NOT NULL,
    CONSTRAINT pk_form_autosave PRIMARY KEY (id),
    CONSTRAINT uq_form_autosave_token UNIQUE (username, application_kind, form_token)
);

-- a form opens: the user's latest input for that application, or for a new form of the kind
CREATE INDEX ix_form_autosave_owner ON form_autosave (username, application_kind, application_id, saved_at);
-- housekeeping: what has expired
CREATE INDEX ix_form_autosave_expiry ON form_autosave (expires_at, id);
