-- What the progress query filters and sorts by (§4.6): birth dates beside the names, and indexes
-- for the common filters.
alter table case_applicant add column birth_date varchar(10);
create index case_applicant_english_name_idx on case_applicant (english_name);
create index case_applicant_chinese_name_idx on case_applicant (chinese_name);
create index case_applicant_birth_date_idx on case_applicant (birth_date);
create index case_group_submitted_idx on case_group (submitted_at);
create index case_group_line_idx on case_group (business_line, submitted_at);
update case_applicant a set birth_date = (select f.field_value from case_applicant_field f
    where f.applicant_id = a.id and f.field_name = 'birthDate');
