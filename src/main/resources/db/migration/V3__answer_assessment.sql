-- What a person made of one closed answer: a rating and a private note (both optional).
create table answer_assessment (
    item_id     bigint        primary key references interview_item (id),
    rating      varchar(8),                 -- AGAIN | HARD | GOOD | EASY; null: not rated
    note        varchar(2000),
    updated_at  timestamp(6) with time zone not null
);
-- The person's own verdict on a key point, where they corrected the coverage checker's tick.
create table answer_tick (
    item_id     bigint        not null references interview_item (id),
    point_index int           not null,     -- 0-based, in the order of the version's key points
    covered     boolean       not null,
    primary key (item_id, point_index)
);
