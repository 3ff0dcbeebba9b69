-- Refused access (R-8): a logged-in user's refused lookup of a record, a file or a page is audited at
-- most once per user, target and minute. Such an entry carries a key (a digest of the three) that is
-- unique, so of two concurrent requests only one entry is stored; every other entry has none
-- (NULLs never collide in a unique index on H2, PostgreSQL and Oracle).

ALTER TABLE audit_event ADD dedup_key VARCHAR(64);

CREATE UNIQUE INDEX ux_audit_event_dedup_key ON audit_event (dedup_key);
