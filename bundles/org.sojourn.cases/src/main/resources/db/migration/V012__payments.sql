-- Online payment (§4.9, §6): orders over approved groups, every provider callback exactly as it
-- arrived, and what officers must look at. The core owns these rows; channel plugins never write.
create sequence payment_order_seq start with 1 increment by 50;
create table payment_order (
    id                  bigint        not null primary key,
    public_id           varchar(36)   not null,
    reference           varchar(20)   not null,
    channel_id          varchar(40)   not null,
    channel_version     varchar(20)   not null,
    payer_account_id    bigint        not null,
    idempotency_key     varchar(64)   not null,
    request_digest      varchar(64)   not null,
    status              varchar(20)   not null,
    amount_twd          bigint        not null,
    channel_fee_twd     bigint        not null,
    offline             boolean       not null,
    provider_reference  varchar(40),
    paid_amount_twd     bigint,
    paid_at             timestamp,
    redirect_url        varchar(500),
    redirect_method     varchar(10),
    redirect_fields     varchar(8000),
    instructions_kind   varchar(20),
    bank_code           varchar(3),
    account_number      varchar(30),
    store_code          varchar(30),
    barcodes            varchar(200),
    instructions_until  timestamp,
    created_at          timestamp     not null,
    updated_at          timestamp     not null,
    expires_at          timestamp     not null,
    next_check_at       timestamp,
    check_attempts      integer       not null,
    detail              varchar(300),
    row_version         integer       not null,
    constraint payment_order_public_id_uk unique (public_id),
    constraint payment_order_reference_uk unique (reference),
    constraint payment_order_idempotency_uk unique (payer_account_id, idempotency_key)
);
create index payment_order_open_idx on payment_order (status, next_check_at);
create index payment_order_channel_idx on payment_order (channel_id, created_at);

-- The groups an order pays; the fee receipt number (規費收據) is given per group when it is paid.
create table payment_order_group (
    order_id           bigint       not null references payment_order (id) on delete cascade,
    group_id           bigint       not null references case_group (id),
    applicants         integer      not null,
    amount_twd         bigint       not null,
    fee_receipt_number varchar(20),
    constraint payment_order_group_pk primary key (order_id, group_id),
    constraint payment_order_group_receipt_uk unique (fee_receipt_number)
);
create index payment_order_group_group_idx on payment_order_group (group_id);

-- Every callback, stored before it is looked at, so that nothing a provider sent is ever lost.
create sequence payment_callback_seq start with 1 increment by 50;
create table payment_callback (
    id             bigint        not null primary key,
    channel_id     varchar(40)   not null,
    received_at    timestamp     not null,
    remote_address varchar(64),
    content_type   varchar(200),
    body           bytea         not null,
    headers        varchar(4000),
    query_string   varchar(2000),
    outcome        varchar(20)   not null,
    order_id       bigint,
    detail         varchar(300)
);
create index payment_callback_order_idx on payment_callback (order_id);
create index payment_callback_received_idx on payment_callback (channel_id, received_at);

create sequence payment_discrepancy_seq start with 1 increment by 50;
create table payment_discrepancy (
    id           bigint        not null primary key,
    kind         varchar(30)   not null,
    channel_id   varchar(40)   not null,
    order_id     bigint,
    reference    varchar(40),
    found_at     timestamp     not null,
    detail       varchar(500)  not null,
    resolved_at  timestamp,
    resolved_by  bigint,
    resolution   varchar(1000)
);
create index payment_discrepancy_open_idx on payment_discrepancy (resolved_at, found_at);
