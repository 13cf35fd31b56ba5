-- Who filed a group: the account, and the school it belongs to (null for a student's own group),
-- so that a school's main account sees all its groups and a sub-account only its own.
alter table case_group add column owner_account_id bigint;
alter table case_group add column school_number varchar(8);
create index case_group_school_idx on case_group (school_number);
create index case_group_owner_idx on case_group (owner_account_id);
