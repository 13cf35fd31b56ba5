-- The day by which the applicant must act: answer a return (補正/補件) or pay an approval (§8).
alter table case_applicant add column deadline date;
create index case_applicant_deadline_idx on case_applicant (status, deadline);
