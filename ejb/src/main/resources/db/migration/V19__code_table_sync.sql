-- code-table-sync (issue 10, R-4): what the nightly sync needs besides code_entry and the dir_* tables.
-- Portable across H2, PostgreSQL and Oracle; ${bigint} is set per database (SqlDialect).

-- A directory row that a complete snapshot of its source no longer lists is retired, never deleted:
-- retired_on is the day it was found missing; the table adapters ignore retired rows, and a row that
-- comes back in a later snapshot gets retired_on cleared (docs/batch-files.md).
ALTER TABLE dir_registry_record ADD retired_on DATE;
ALTER TABLE dir_forex_enterprise ADD retired_on DATE;
ALTER TABLE dir_forex_dereg ADD retired_on DATE;
ALTER TABLE dir_customs_record ADD retired_on DATE;
ALTER TABLE dir_pending_filing ADD retired_on DATE;

-- The keys a run of code-table-sync has read, per table, with the line they came from: written in
-- each chunk's transaction, so a restart continues them. They find a key repeated in one file
-- ("与第 N 行重复", also across chunks) and tell the retire step what the snapshot listed. The retire
-- step of a source deletes its table's keys when it is done (working data of the run, not product data).
CREATE TABLE batch_sync_seen (
    instance_id     ${bigint}       NOT NULL,
    item_table      VARCHAR(40)     NOT NULL,
    item_key        VARCHAR(80)     NOT NULL,
    line_no         ${bigint}       NOT NULL,
    CONSTRAINT pk_batch_sync_seen PRIMARY KEY (instance_id, item_table, item_key)
);
