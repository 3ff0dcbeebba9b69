-- Attachments (F-14): certificate scans of an application. Metadata and content live in separate
-- tables so that lists never read file content (docs/adr/0010-attachment-storage.md).

CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
    id               ${bigint}     NOT NULL,
    version          ${bigint}     NOT NULL,
    application_kind VARCHAR(30)   NOT NULL,
    application_id   ${bigint}     NOT NULL,
    enterprise_uscc  VARCHAR(18)   NOT NULL,
    document_type    VARCHAR(32)   NOT NULL,
    display_name     VARCHAR(200)  NOT NULL,
    media_type       VARCHAR(40)   NOT NULL,
    content_size     ${bigint}     NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    uploaded_by      VARCHAR(64)   NOT NULL,
    uploaded_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT ck_attachment_media_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_attachment_size CHECK (content_size > 0 AND content_size < 4194304)
);

-- the attachments of one application, in upload order; also counted for the 20-file limit
CREATE INDEX ix_attachment_application ON attachment (application_kind, application_id, uploaded_at);
CREATE INDEX ix_attachment_uscc ON attachment (enterprise_uscc);

CREATE TABLE attachment_content (
    attachment_id ${bigint} NOT NULL,
    version       ${bigint} NOT NULL,
    content       ${blob}   NOT NULL,
    CONSTRAINT pk_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_att_content_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
);
