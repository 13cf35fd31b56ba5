-- Payment partners (bundle org.sojourn.security): an account of role PAYMENT_PARTNER, without a
-- password, and the channels it runs, whose settlement statements its API keys may read.
create table payment_partner (
    account_id bigint       not null primary key references account (id),
    channels   varchar(400) not null
);
