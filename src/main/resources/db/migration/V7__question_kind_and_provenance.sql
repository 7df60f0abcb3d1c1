-- What a question asks for (EXPLAIN | CODE_READING | SPOT_THE_BUG | DESIGN), and where its model answer comes
-- from: the source links (one per line) and the FastAPI release and month it was checked against.
alter table question_version add column kind varchar(20) default 'EXPLAIN' not null;
alter table question_version add column sources clob default '' not null;
alter table question_version add column verified varchar(80);
