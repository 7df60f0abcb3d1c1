-- Accounts that hold up: a password that must be changed at the next sign-in (the generated first administrator's,
-- and one an administrator has reset), and remember-me tokens kept in the database so that they survive a restart
-- and work on every node.
alter table user_account add column must_change_password boolean not null default false;

-- Spring Security's persistent remember-me tokens (JdbcTokenRepositoryImpl's table, by its own names)
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
create index ix_persistent_logins_username on persistent_logins (username);
