-- Whole-interview limits, extra time as applied, and time spent per question when moving freely
alter table interview add column total_limit_seconds int;                     -- WHOLE_INTERVIEW: the shared limit
alter table interview add column extra_time_percent int not null default 100; -- the person's extra time when started
alter table interview_item add column viewing_since timestamp(6) with time zone; -- WHOLE_INTERVIEW: on screen since
-- Optimistic locking per item: a save and the expiry job never overwrite each other's columns silently
alter table interview_item add column version bigint not null default 0;
