-- How many key points each closed answer made, the person's corrected ticks on top of the checker's verdict, kept
-- beside the verdict so that the history can filter answers by coverage in the database.
alter table answer_coverage add column points_made int;
alter table answer_coverage add column points_total int;

update answer_coverage set
    points_total = length(verdicts),
    points_made = length(verdicts) - length(replace(verdicts, '1', ''))
        - (select count(*) from answer_tick t where t.item_id = answer_coverage.item_id and t.covered = false
             and substring(answer_coverage.verdicts, t.point_index + 1, 1) = '1')
        + (select count(*) from answer_tick t where t.item_id = answer_coverage.item_id and t.covered = true
             and substring(answer_coverage.verdicts, t.point_index + 1, 1) = '0');

alter table answer_coverage alter column points_made set not null;
alter table answer_coverage alter column points_total set not null;

-- The history lists a person's closed answers newest first.
create index ix_interview_item_interview_closed on interview_item (interview_id, closed_at);
