-- API keys of machine clients (bundle org.sojourn.security). Only the SHA-256 of the secret part is
-- stored: the secret is 256 random bits, so there is nothing to guess that a slow hash would protect.
create table api_key (
    public_id    varchar(16)  not null primary key,
    secret_hash  varchar(64)  not null,
    account_id   bigint       not null references account (id),
    name         varchar(60)  not null,
    scopes       varchar(200) not null,
    created_at   timestamp    not null,
    last_used_at timestamp,
    revoked_at   timestamp
);
create index api_key_account_idx on api_key (account_id);
