-- period_start(frequency, day) truncated the day through timestamptz (date_trunc's implicit cast), a
-- stable step inside a function declared immutable, so PostgreSQL called it row by row instead of
-- inlining it. Through timestamp without time zone the same days come out, and the planner inlines
-- it: the compliance status statement groups every meeting of its window by this value.
create or replace function period_start(frequency varchar, day date) returns date language sql immutable as $$
    select date_trunc(case frequency when 'MONTH' then 'month' when 'QUARTER' then 'quarter' else 'year' end,
                      day::timestamp)::date
$$;
