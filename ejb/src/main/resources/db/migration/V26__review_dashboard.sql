-- The review dashboard (issue 12 item 5, docs/adr/0029-review-dashboard.md): the role of the data
-- centre's supervisor (数据中心主管), and the indexes its figures read.

ALTER TABLE account_role DROP CONSTRAINT ck_account_role_name;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role_name
    CHECK (role_name IN ('ENTERPRISE', 'REVIEWER', 'SUPERVISOR', 'BATCH_OPERATOR', 'ADMIN'));

-- the backlog by 主管海关: the waiting applications of each kind counted by district from the index alone
-- (the backlog by kind, the oldest waiting one and the overdue ones read the (status, declared_at) indexes)
CREATE INDEX ix_ent_reg_status_district ON enterprise_registration (status, customs_district_code);
CREATE INDEX ix_lp_card_status_district ON legal_person_card (status, customs_district_code);
CREATE INDEX ix_mofcom_status_district ON mofcom_filing (status, customs_district_code);
CREATE INDEX ix_customs_status_district ON customs_filing (status, customs_district_code);
CREATE INDEX ix_forex_status_district ON forex_filing (status, customs_district_code);
CREATE INDEX ix_operator_status_district ON enterprise_operator (status, customs_district_code);

-- the decisions per day and the return rate: approvals and returns of the last 30 days
CREATE INDEX ix_status_transition_decided ON status_transition (action, occurred_at);
