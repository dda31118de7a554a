-- The dues and development figures of the level pages, per region where organizations sit, next to
-- the member figures of community_rollup: the city page adds up at most a few thousand rows instead of
-- following every member's dues months and development steps. The figures are those of the dues and
-- development features (their queries, grouped by the region), as of computed_on: arrears and alerts
-- move with the day, so these rows are refreshed with the others (queued, outdated, daily).
alter table community_rollup
    add column dues_members        int           not null default 0,
    add column dues_no_base        int           not null default 0,
    add column dues_in_arrears     int           not null default 0,
    add column dues_flagged        int           not null default 0,
    add column dues_arrears_months int           not null default 0,
    add column dues_collected      numeric(14, 2) not null default 0,
    add column dev_applicants      int           not null default 0,
    add column dev_activists       int           not null default 0,
    add column dev_candidates      int           not null default 0,
    add column dev_admission       int           not null default 0,
    add column dev_probationary    int           not null default 0,
    add column dev_awaiting        int           not null default 0,
    add column dev_due             int           not null default 0,
    add column dev_overdue         int           not null default 0;

-- A dues base, payment, paid month or reduction, or a development step, marks the region of its
-- member's organization (statement-level, once per region however many rows).
create function rollup_mark_member_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_member m join party_org o on o.id = m.party_org_id
        where m.id in (select member_id from old_rows);
    else
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_member m join party_org o on o.id = m.party_org_id
        where m.id in (select member_id from new_rows);
    end if;
    return null;
end
$$;

create trigger tg_dues_base_rollup_insert after insert on dues_base
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_base_rollup_update after update on dues_base
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_base_rollup_delete after delete on dues_base
    referencing old table as old_rows for each statement execute function rollup_mark_member_rows();

create trigger tg_dues_payment_rollup_insert after insert on dues_payment
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_payment_rollup_update after update on dues_payment
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_payment_rollup_delete after delete on dues_payment
    referencing old table as old_rows for each statement execute function rollup_mark_member_rows();

create trigger tg_dues_payment_month_rollup_insert after insert on dues_payment_month
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_payment_month_rollup_update after update on dues_payment_month
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_payment_month_rollup_delete after delete on dues_payment_month
    referencing old table as old_rows for each statement execute function rollup_mark_member_rows();

create trigger tg_dues_reduction_rollup_insert after insert on dues_reduction
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_reduction_rollup_update after update on dues_reduction
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_dues_reduction_rollup_delete after delete on dues_reduction
    referencing old table as old_rows for each statement execute function rollup_mark_member_rows();

create trigger tg_member_step_rollup_insert after insert on member_step
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_member_step_rollup_update after update on member_step
    referencing new table as new_rows for each statement execute function rollup_mark_member_rows();
create trigger tg_member_step_rollup_delete after delete on member_step
    referencing old table as old_rows for each statement execute function rollup_mark_member_rows();

-- the dates that start dues and the development deadlines (status and organization are marked by V16)
create function rollup_mark_member_dates() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id)
    select distinct o.region_id from party_org o where o.id in (
        select a.party_org_id from old_rows b join new_rows a on a.id = b.id
        where (a.applied_on, a.activist_on, a.admitted_on, a.full_member_on)
              is distinct from (b.applied_on, b.activist_on, b.admitted_on, b.full_member_on));
    return null;
end
$$;

create trigger tg_party_member_rollup_dates after update on party_member
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_member_dates();

-- an existing database computes the new figures of every region with organizations
insert into rollup_dirty (region_id) select distinct region_id from party_org;
