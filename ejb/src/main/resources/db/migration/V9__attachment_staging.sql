-- Attachments uploaded while a new application is entered (F-14): staged under the form's key until
-- the form's first 暂存 or 申报 attaches them (docs/adr/0011-attachment-staging.md). An attachment
-- belongs to an application or to a staging key, never to both.

ALTER TABLE attachment ADD staging_key VARCHAR(36);

-- application_id becomes optional. H2/PostgreSQL ("DROP NOT NULL") and Oracle ("MODIFY ... NULL")
-- spell that differently, so the column is replaced by a nullable copy, which all three accept.
ALTER TABLE attachment ADD attached_to ${bigint};
UPDATE attachment SET attached_to = application_id;
DROP INDEX ix_attachment_application;
ALTER TABLE attachment DROP COLUMN application_id;
ALTER TABLE attachment RENAME COLUMN attached_to TO application_id;

ALTER TABLE attachment ADD CONSTRAINT ck_attachment_owner CHECK (
    (application_id IS NOT NULL AND staging_key IS NULL) OR (application_id IS NULL AND staging_key IS NOT NULL));

-- the attachments of one application, in upload order; also counted for the 20-file limit
CREATE INDEX ix_attachment_application ON attachment (application_kind, application_id, uploaded_at);
-- the files one enterprise staged under one form's key
CREATE INDEX ix_attachment_staging ON attachment (enterprise_uscc, staging_key);
