-- School profiles (基本資料維護) and the personal details of sub-accounts (子帳號維護), §5.
-- Addresses are structured as the agency's forms take them (§10).

create table school_profile (
    school_number        varchar(8)   not null primary key,
    organisation_name    varchar(100) not null,
    head_name            varchar(50)  not null,
    unit                 varchar(100) not null,
    phone                varchar(30),
    fax                  varchar(30),
    email                varchar(254) not null,
    addr_postal_code     varchar(6)   not null,
    addr_county          varchar(10)  not null,
    addr_district        varchar(40)  not null,
    addr_village         varchar(40),
    addr_neighbourhood   varchar(40),
    addr_street          varchar(40)  not null,
    addr_lane            varchar(40),
    addr_alley           varchar(40),
    addr_number          varchar(40)  not null,
    handler_name         varchar(50)  not null,
    handler_national_id  varchar(10)  not null,
    handler_landline     varchar(30),
    handler_mobile       varchar(30),
    handler_email        varchar(254) not null,
    updated_at           timestamp    not null
);

alter table account add column national_id varchar(10);
alter table account add column birthday date;
alter table account add column unit varchar(100);
alter table account add column landline varchar(30);
alter table account add column mobile varchar(30);
alter table account add column email varchar(254);
alter table account add column addr_postal_code varchar(6);
alter table account add column addr_county varchar(10);
alter table account add column addr_district varchar(40);
alter table account add column addr_village varchar(40);
alter table account add column addr_neighbourhood varchar(40);
alter table account add column addr_street varchar(40);
alter table account add column addr_lane varchar(40);
alter table account add column addr_alley varchar(40);
alter table account add column addr_number varchar(40);
