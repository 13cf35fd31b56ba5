-- Case groups (團) and the counters that number them.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded default).

create sequence case_group_seq start with 1 increment by 50;

create table case_group (
    id               bigint       not null primary key,
    group_number     varchar(9)   not null,
    roc_year         smallint     not null,
    business_code    varchar(3)   not null,
    sequence_no      integer      not null,
    application_name varchar(100) not null,
    created_at       timestamp    not null,
    row_version      integer      not null,
    constraint case_group_number_uk unique (group_number)
);

-- One row per numbering scope, e.g. 'group:15:102'. Numbers are taken under a row lock in the
-- transaction that uses them, so they never repeat and never skip.
create table number_counter (
    scope      varchar(40) not null primary key,
    last_value bigint      not null
);
