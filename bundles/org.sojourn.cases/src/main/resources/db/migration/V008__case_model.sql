-- The case model (§3): draft groups numbered on submission, applicants with their form values,
-- uploaded documents, an append-only history and reviewer comments.
-- case_group of V001 numbered groups on creation and held nothing else; nothing was released
-- with it, so it is replaced rather than converted.
drop table case_group;

create table case_group (
    id                 bigint        not null primary key,
    public_id          varchar(36)   not null,
    group_number       varchar(9),
    roc_year           smallint,
    sequence_no        integer,
    business_line      varchar(3)    not null,
    application_name   varchar(100)  not null,
    pickup_method      varchar(20)   not null,
    pickup_office      varchar(20)   not null,
    sender_name        varchar(60),
    sender_national_id varchar(10),
    sender_phone       varchar(20),
    sender_email       varchar(254),
    sender_address     varchar(200),
    owner_account_id   bigint        not null,
    school_number      varchar(8),
    self_application   boolean       not null,
    consent_terms      varchar(20)   not null,
    consent_at         timestamp     not null,
    created_at         timestamp     not null,
    updated_at         timestamp     not null,
    submitted_at       timestamp,
    row_version        integer       not null,
    constraint case_group_public_id_uk unique (public_id),
    constraint case_group_number_uk unique (group_number)
);
create index case_group_school_idx on case_group (school_number, created_at);
create index case_group_owner_idx on case_group (owner_account_id, created_at);

create sequence case_applicant_seq start with 1 increment by 50;
create table case_applicant (
    id                 bigint        not null primary key,
    public_id          varchar(36)   not null,
    group_id           bigint        not null references case_group (id) on delete cascade,
    position           integer       not null,
    applicant_type     varchar(40)   not null,
    type_version       varchar(20)   not null,
    application_kind   varchar(20)   not null,
    status             varchar(30)   not null,
    receipt_number     varchar(12),
    complete           boolean       not null,
    english_name       varchar(80),
    chinese_name       varchar(40),
    passport_number    varchar(20),
    prior_certificate  varchar(10),
    fee_twd            bigint,
    grant_kind         varchar(40),
    granted_from       date,
    granted_until      date,
    certificate_number varchar(10),
    created_at         timestamp     not null,
    updated_at         timestamp     not null,
    row_version        integer       not null,
    constraint case_applicant_public_id_uk unique (public_id),
    constraint case_applicant_receipt_uk unique (receipt_number)
);
create index case_applicant_group_idx on case_applicant (group_id, position);
create index case_applicant_status_idx on case_applicant (status);
create index case_applicant_certificate_idx on case_applicant (certificate_number);

-- The form's values, one row per field, as the applicant type's schema names them.
create table case_applicant_field (
    applicant_id bigint       not null references case_applicant (id) on delete cascade,
    field_name   varchar(40)  not null,
    field_value  varchar(300) not null,
    primary key (applicant_id, field_name)
);

create sequence case_document_seq start with 1 increment by 50;
create table case_document (
    id            bigint       not null primary key,
    public_id     varchar(36)  not null,
    group_id      bigint       not null references case_group (id) on delete cascade,
    applicant_id  bigint       references case_applicant (id) on delete cascade,
    document_type varchar(40)  not null,
    file_name     varchar(200) not null,
    media_type    varchar(40)  not null,
    size_bytes    integer      not null,
    sha256        varchar(64)  not null,
    uploaded_at   timestamp    not null,
    uploaded_by   bigint       not null,
    constraint case_document_public_id_uk unique (public_id)
);
create index case_document_group_idx on case_document (group_id);
create index case_document_applicant_idx on case_document (applicant_id);

-- Contents apart, so that listing documents never reads them.
create table case_document_content (
    document_id bigint not null primary key references case_document (id) on delete cascade,
    content     bytea  not null
);

-- Append-only: no foreign key, so that the history of a deleted draft stays.
create sequence case_history_seq start with 1 increment by 50;
create table case_history (
    id           bigint        not null primary key,
    group_id     bigint        not null,
    applicant_id bigint,
    at           timestamp     not null,
    actor_id     bigint,
    actor_role   varchar(30)   not null,
    action       varchar(40)   not null,
    from_status  varchar(30),
    to_status    varchar(30),
    detail       varchar(2000)
);
create index case_history_group_idx on case_history (group_id, id);

create sequence case_comment_seq start with 1 increment by 50;
create table case_comment (
    id           bigint        not null primary key,
    group_id     bigint        not null references case_group (id) on delete cascade,
    applicant_id bigint        references case_applicant (id) on delete cascade,
    at           timestamp     not null,
    author_id    bigint        not null,
    author_role  varchar(30)   not null,
    kind         varchar(10)   not null,
    body         varchar(2000) not null
);
create index case_comment_group_idx on case_comment (group_id, id);
