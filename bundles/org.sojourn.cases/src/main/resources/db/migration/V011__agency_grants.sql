-- The grants the agency issued outside Sojourn (e.g. a mainland student's current entry/exit
-- permit), which a renewal, extension or data change continues: what was issued, until when,
-- for which school, and the values that prefill the new form.
alter table agency_student_record add column document_kind varchar(40);
alter table agency_student_record add column valid_from date;
alter table agency_student_record add column valid_until date;
alter table agency_student_record add column school_number varchar(8);
create index agency_student_record_permit_idx on agency_student_record (permit_number);

create table agency_student_record_value (
    record_id  bigint        not null references agency_student_record (id) on delete cascade,
    field_name varchar(64)   not null,
    field_value varchar(1000) not null,
    primary key (record_id, field_name)
);
