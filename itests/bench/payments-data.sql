-- 14,000 approved groups of one case each awaiting payment (NT$1,000), all the demo school's, for the
-- payment benchmark: 4,000 to start and call back, 10,000 for the repair job to catch up on. Ids
-- start at 10,000,000, far above what Sojourn's own sequences hand out.
insert into case_group (id, public_id, group_number, roc_year, sequence_no, business_line, application_name,
    pickup_method, pickup_office, sender_name, sender_email, owner_account_id, school_number, self_application,
    consent_terms, consent_at, created_at, updated_at, submitted_at, row_version)
select 10000000 + i, md5('g' || i)::uuid::text,
       lpad((10 + i / 9999)::text, 2, '0') || '102' || lpad((1 + i % 9999)::text, 4, '0'),
       10 + i / 9999, 1 + i % 9999, '102', '繳費基準 ' || i, 'SELF_PICKUP', 'TAIPEI', '承辦人', 'bench@school.invalid',
       (select id from account where login = '03734301'), '03734301', false, '2026-01', now(), now(), now(), now(), 0
from generate_series(0, 13999) as i;

insert into case_applicant (id, public_id, group_id, position, applicant_type, type_version, application_kind, status,
    receipt_number, complete, english_name, chinese_name, passport_number, birth_date, fee_twd, grant_kind, deadline,
    created_at, updated_at, row_version)
select 20000000 + n, md5('a' || n)::uuid::text, 10000000 + n, 1, 'foreign', '1.0.0', 'FIRST_APPLICATION', 'AWAITING_PAYMENT',
       lpad((100 + n / 99999)::text, 3, '0') || '6965' || lpad((1 + n % 99999)::text, 5, '0'), true,
       'Bench Payer ' || n, '繳費人', 'P' || lpad(n::text, 8, '0'), '2000-01-01', 1000, 'RESIDENCE_PERMIT',
       current_date + 7, now(), now(), 0
from generate_series(0, 13999) as n;

analyze case_group;
analyze case_applicant;
