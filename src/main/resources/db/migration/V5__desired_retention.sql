-- The recall probability, in percent, at which a reviewed question comes back (FSRS desired retention).
alter table user_account add column desired_retention_percent int not null default 90;
