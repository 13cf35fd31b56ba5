-- A foreign or overseas Chinese student entering individually (個人申請) is matched against the
-- school's list; the account that entry opens sessions for is linked to the row it matched.
alter table roster_student add column account_id bigint references account (id);
create index roster_student_account_idx on roster_student (account_id);
