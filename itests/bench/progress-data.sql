-- 200,000 submitted cases for the progress benchmark: 10,000 groups of 20 from 40 schools, every
-- 40th group (250 groups, 5,000 cases) the demo school's. Ids start at 10,000,000, far above what
-- Sojourn's own sequences hand out, so the data never collides with rows the API writes.
insert into case_group (id, public_id, group_number, roc_year, sequence_no, business_line, application_name,
    pickup_method, pickup_office, sender_name, sender_email, owner_account_id, school_number, self_application,
    consent_terms, consent_at, created_at, updated_at, submitted_at, row_version)
select 10000000 + i, md5('g' || i)::uuid::text,
       lpad((10 + i / 9999)::text, 2, '0') || '102' || lpad((1 + i % 9999)::text, 4, '0'),
       10 + i / 9999, 1 + i % 9999, '102', '基準資料 ' || i, 'SELF_PICKUP', 'TAIPEI', '承辦人 ' || (i % 40),
       'bench' || (i % 40) || '@school.invalid',
       case when i % 40 = 0 then (select id from account where login = '03734301') else 0 end,
       case when i % 40 = 0 then '03734301' else '9' || lpad((i % 40)::text, 7, '0') end,
       false, '2026-01', timestamp '2025-01-01' + i * interval '47 minutes', timestamp '2025-01-01' + i * interval '47 minutes',
       timestamp '2025-01-01' + i * interval '47 minutes', timestamp '2025-01-01' + i * interval '47 minutes', 0
from generate_series(0, 9999) as i;

insert into case_applicant (id, public_id, group_id, position, applicant_type, type_version, application_kind, status,
    receipt_number, complete, english_name, chinese_name, passport_number, birth_date, created_at, updated_at, row_version)
select 20000000 + n, md5('a' || n)::uuid::text, 10000000 + n / 20, 1 + n % 20, 'foreign', '1.0.0', 'FIRST_APPLICATION',
       (array['AWAITING_FIRST_REVIEW', 'AWAITING_SECOND_REVIEW', 'RETURNED_FOR_CORRECTION', 'AWAITING_SUPPLEMENT',
              'AWAITING_PAYMENT', 'PAID', 'NOT_ACCEPTED', 'PICKED_UP'])[1 + n % 8],
       lpad((100 + n / 99999)::text, 3, '0') || '6965' || lpad((1 + n % 99999)::text, 5, '0'), true,
       (array['Ana Silva', 'Lee Min-jun', 'Nguyen Van An', 'Sato Yuki', 'Maria Garcia', 'John Smith', 'Siti Rahma',
              'Kim Ji-woo', 'Pham Thi Lan', 'Ahmed Khan', 'Olga Petrova', 'Lucas Martin'])[1 + n % 12] || ' ' || (n % 997),
       (array['席安娜', '李敏俊', '阮文安', '佐藤由紀', '瑪麗亞', '史約翰'])[1 + n % 6],
       'P' || lpad(n::text, 8, '0'), (date '1995-01-01' + (n % 3650))::text,
       timestamp '2025-01-01', timestamp '2025-01-01', 0
from generate_series(0, 199999) as n;

analyze case_group;
analyze case_applicant;
