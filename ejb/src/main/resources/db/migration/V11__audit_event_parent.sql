-- Audit entries about a part of an application (its attachments) name that application too, so the
-- application's trail keeps them after the part is deleted (R-8: per application, for reviewers).

ALTER TABLE audit_event ADD parent_type VARCHAR(40);
ALTER TABLE audit_event ADD parent_id VARCHAR(64);

CREATE INDEX ix_audit_event_parent ON audit_event (parent_type, parent_id);

-- entries written before: the files still stored name their application
UPDATE audit_event
   SET parent_type = (SELECT a.application_kind FROM attachment a
                       WHERE CAST(a.id AS VARCHAR(64)) = audit_event.subject_id AND a.application_id IS NOT NULL),
       parent_id   = (SELECT CAST(a.application_id AS VARCHAR(64)) FROM attachment a
                       WHERE CAST(a.id AS VARCHAR(64)) = audit_event.subject_id AND a.application_id IS NOT NULL)
 WHERE subject_type = 'ATTACHMENT';
