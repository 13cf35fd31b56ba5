-- Challenges for organisation-certificate sign-in (組織及團體憑證): random, single use, expiring.
create table certificate_challenge (
    id         varchar(36) not null primary key,
    challenge  varchar(64) not null,
    expires_at timestamp   not null
);
