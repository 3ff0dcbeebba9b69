-- Name search of code suggestion as an index lookup (issue 3, docs/adr/0008-code-tables.md).
-- One row per distinct 2-character substring (bigram) of each entry's Chinese name, and per distinct
-- single character too in the tables that answer 1-character input (CodeTable.minSuggestLength < 2);
-- built only by CodeNameGrams and written only by CodeEntryWriter, together with the entries.
-- "name contains T" then reads the rows of one gram of T through the primary key, in code order,
-- and re-checks name_zh LIKE '%T%' on the entry. Portable: no pg_trgm, no vendor index types.
-- No foreign key to code_entry: grams are derived data that the query always joins to code_entry (an
-- orphan could never be suggested), and on PostgreSQL the per-row key check made writing them three
-- times slower (154,000 grams: 1.2 s instead of 0.4 s), which the first start would pay.
-- gram is VARCHAR(8): two characters take up to 8 bytes in UTF-8 (Oracle's default byte semantics).
-- Databases migrated before this version get the grams of their existing entries from
-- CodeTableInitializer at the next start (tables with entries but no grams).

CREATE TABLE code_name_gram (
    table_name VARCHAR(40) NOT NULL,
    gram       VARCHAR(8)  ${binary_collation} NOT NULL,
    code       VARCHAR(32) ${binary_collation} NOT NULL,
    CONSTRAINT pk_code_name_gram PRIMARY KEY (table_name, gram, code)
);
