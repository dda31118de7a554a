-- The funds, worker team (and 三有一化 staffing) and venue figures of every community in
-- community_box_rollup, next to the reporting, volunteer and coverage figures (V27), so that a street,
-- district or city page and its dashboard add up the communities' rows instead of running each
-- feature's statement over the whole subtree. Each feature counts its own figures per community with
-- its own statement, as its box did; the rows are kept like the others (the queue rollup_dirty, the
-- rows computed before today, daily, the full rebuild).
-- fund_*: the year counted (this year when computed), residents of the open grids, budget lines, budget,
-- spending and spending on serving the masses in that year;
-- wf_*: the term-warning days counted with, residents of the open grids, serving workers (headcount, age
-- sum, 35 and under, over 55, college, full-time Party workers, staff, secretaries, first secretaries'
-- terms ending and ended), and the serving secretaries' names (有人管事);
-- ven_*: households of the open grids, open venues serving the community and their area share.
alter table community_box_rollup
    add column fund_year          int     not null default 0,
    add column fund_residents     bigint  not null default 0,
    add column fund_lines         int     not null default 0,
    add column fund_budget        numeric not null default 0,
    add column fund_spent         numeric not null default 0,
    add column fund_masses        numeric not null default 0,
    add column wf_warn_days       int     not null default 0,
    add column wf_residents       bigint  not null default 0,
    add column wf_headcount       int     not null default 0,
    add column wf_age_sum         bigint  not null default 0,
    add column wf_young           int     not null default 0,
    add column wf_old             int     not null default 0,
    add column wf_college         int     not null default 0,
    add column wf_party_workers   int     not null default 0,
    add column wf_staff           int     not null default 0,
    add column wf_secretaries     int     not null default 0,
    add column wf_terms_ending    int     not null default 0,
    add column wf_terms_ended     int     not null default 0,
    add column wf_secretary       varchar(2000),
    add column ven_households     bigint  not null default 0,
    add column ven_venues         int     not null default 0,
    add column ven_area           numeric not null default 0;

-- A budget line, a spending entry or a worker written marks its community. (Residents and households
-- come from grid_node, whose triggers already mark the community, V22.)
create function rollup_mark_community_rows() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id) select distinct community_id from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id) select distinct community_id from old_rows;
    end if;
    return null;
end
$$;

create trigger tg_fund_budget_rollup_insert after insert on fund_budget
    referencing new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_fund_budget_rollup_update after update on fund_budget
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_fund_budget_rollup_delete after delete on fund_budget
    referencing old table as old_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_fund_spending_rollup_insert after insert on fund_spending
    referencing new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_fund_spending_rollup_update after update on fund_spending
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_fund_spending_rollup_delete after delete on fund_spending
    referencing old table as old_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_community_worker_rollup_insert after insert on community_worker
    referencing new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_community_worker_rollup_update after update on community_worker
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_community_worker_rollup_delete after delete on community_worker
    referencing old table as old_rows for each statement execute function rollup_mark_community_rows();

-- A venue opened, closed, resized or moved marks the community keeping it and every community of its
-- circle (each is served by it, with an equal share of its area).
create function rollup_mark_venues() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select region_id from new_rows where region_level = 'COMMUNITY'
        union select vc.community_id from venue_circle vc where vc.venue_id in (select id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select region_id from old_rows where region_level = 'COMMUNITY'
        union select vc.community_id from venue_circle vc where vc.venue_id in (select id from old_rows);
    end if;
    return null;
end
$$;

create trigger tg_service_venue_rollup_insert after insert on service_venue
    referencing new table as new_rows for each statement execute function rollup_mark_venues();
create trigger tg_service_venue_rollup_update after update on service_venue
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_venues();
create trigger tg_service_venue_rollup_delete after delete on service_venue
    referencing old table as old_rows for each statement execute function rollup_mark_venues();

-- A circle changed: the communities joining or leaving it, and those still in it and the venue's own
-- community, whose share of its area changed.
create function rollup_mark_venue_circles() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select community_id from new_rows
        union select vc.community_id from venue_circle vc where vc.venue_id in (select venue_id from new_rows)
        union select v.region_id from service_venue v
              where v.region_level = 'COMMUNITY' and v.id in (select venue_id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select community_id from old_rows
        union select vc.community_id from venue_circle vc where vc.venue_id in (select venue_id from old_rows)
        union select v.region_id from service_venue v
              where v.region_level = 'COMMUNITY' and v.id in (select venue_id from old_rows);
    end if;
    return null;
end
$$;

create trigger tg_venue_circle_rollup_insert after insert on venue_circle
    referencing new table as new_rows for each statement execute function rollup_mark_venue_circles();
create trigger tg_venue_circle_rollup_update after update on venue_circle
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_venue_circles();
create trigger tg_venue_circle_rollup_delete after delete on venue_circle
    referencing old table as old_rows for each statement execute function rollup_mark_venue_circles();

-- an existing database computes the new figures of every community
insert into rollup_dirty (region_id) select id from region where level = 'COMMUNITY';
