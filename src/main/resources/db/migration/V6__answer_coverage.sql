-- The coverage checker's verdict on each closed answer, one character per key point in order: '1' made, '0' not.
create table answer_coverage (
    item_id   bigint      primary key references interview_item (id),
    verdicts  varchar(8)  not null
);
-- The coverage of a person's latest answer to each question (the checker's ticks with their corrections), so that
-- questions answered poorly and never rated can be reviewed first.
create table latest_coverage (
    owner_id      bigint       not null references user_account (id),
    question_id   varchar(80)  not null references question (id),
    answered_at   timestamp(6) with time zone not null,
    points_made   int          not null,
    points_total  int          not null,
    primary key (owner_id, question_id)
);
