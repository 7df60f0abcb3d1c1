-- FSRS memory state of one question for one person, replayed from their ratings of it.
create table memory_card (
    owner_id     bigint       not null references user_account (id),
    question_id  varchar(80)  not null references question (id),
    stability    double precision not null,
    difficulty   double precision not null,
    reviews      int          not null,
    last_review  timestamp(6) with time zone not null,
    due          timestamp(6) with time zone not null,
    primary key (owner_id, question_id)
);
create index ix_memory_card_due on memory_card (owner_id, due);
