-- The regional Party building (区域化党建) figures of every street and community in
-- community_box_rollup, so that the upper level pages add up the seats' rows for their 区域化党建 total
-- and 三有一化 reads each community's tie from them, instead of counting the joint meetings, follow-ups,
-- agreements, needs and projects of the whole subtree on every page. Every street now has a row (its
-- own seat's figures; its cov_* as before). The figures are those of the seat itself (not of its
-- communities), as of computed_on:
-- reg_period_start: the first day of the joint meeting period counted with (a page counting with
-- another period, after the setting changed, counts from the records);
-- reg_held: joint meetings held from that day to computed_on; reg_open_follow_ups, reg_overdue_follow_ups:
-- follow-up items open, and open after their deadline; reg_agreements: co-building agreements in force;
-- reg_needs_raised, reg_needs_met: needs raised this year, and those with a project done;
-- reg_projects_done: projects done this year; reg_last_meeting: the last joint meeting held.
alter table community_box_rollup
    add column reg_period_start        date,
    add column reg_held                int  not null default 0,
    add column reg_open_follow_ups     int  not null default 0,
    add column reg_overdue_follow_ups  int  not null default 0,
    add column reg_agreements          int  not null default 0,
    add column reg_needs_raised        int  not null default 0,
    add column reg_needs_met           int  not null default 0,
    add column reg_projects_done       int  not null default 0,
    add column reg_last_meeting        date;

-- A joint meeting, follow-up item or agreement written marks its seat (street or community).
create function rollup_mark_seat_rows() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id) select distinct region_id from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id) select distinct region_id from old_rows;
    end if;
    return null;
end
$$;

create trigger tg_joint_meeting_rollup_insert after insert on joint_meeting
    referencing new table as new_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_joint_meeting_rollup_update after update on joint_meeting
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_joint_meeting_rollup_delete after delete on joint_meeting
    referencing old table as old_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_joint_follow_up_rollup_insert after insert on joint_follow_up
    referencing new table as new_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_joint_follow_up_rollup_update after update on joint_follow_up
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_joint_follow_up_rollup_delete after delete on joint_follow_up
    referencing old table as old_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_cobuild_agreement_rollup_insert after insert on cobuild_agreement
    referencing new table as new_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_cobuild_agreement_rollup_update after update on cobuild_agreement
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_seat_rows();
create trigger tg_cobuild_agreement_rollup_delete after delete on cobuild_agreement
    referencing old table as old_rows for each statement execute function rollup_mark_seat_rows();

-- A need written marks its community (V28's function: community_id).
create trigger tg_regional_need_rollup_insert after insert on regional_need
    referencing new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_regional_need_rollup_update after update on regional_need
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_community_rows();
create trigger tg_regional_need_rollup_delete after delete on regional_need
    referencing old table as old_rows for each statement execute function rollup_mark_community_rows();

-- A project written marks the community of its need: whether the need is met and the projects done.
create function rollup_mark_project_rows() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select distinct n.community_id from regional_need n where n.id in (select need_id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select distinct n.community_id from regional_need n where n.id in (select need_id from old_rows);
    end if;
    return null;
end
$$;

create trigger tg_regional_project_rollup_insert after insert on regional_project
    referencing new table as new_rows for each statement execute function rollup_mark_project_rows();
create trigger tg_regional_project_rollup_update after update on regional_project
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_project_rows();
create trigger tg_regional_project_rollup_delete after delete on regional_project
    referencing old table as old_rows for each statement execute function rollup_mark_project_rows();

-- Every street has a row too, so a new street is queued when it is created, like a new community (V27).
create or replace function rollup_mark_new_communities() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id) select id from new_rows where level in ('STREET', 'COMMUNITY');
    return null;
end
$$;

-- an existing database computes the new figures of every street and community
insert into rollup_dirty (region_id) select id from region where level in ('STREET', 'COMMUNITY');

-- A mark that every statement changing community_box_rollup moves (refreshes, rebuilds, the rows a
-- region's deletion takes with it), and so does renaming or moving a region (a row is read with its
-- region's name): a reader may keep the rows of a subtree it read while the mark stands still. Each
-- move takes a new value of a sequence, so a mark rolled back with its transaction never comes again.
create sequence box_rollup_generation_seq;

create table box_rollup_generation (
    id          int    not null,
    generation  bigint not null,
    constraint pk_box_rollup_generation primary key (id),
    constraint ck_box_rollup_generation_one check (id = 1)
);

insert into box_rollup_generation (id, generation) values (1, 0);

create function box_rollup_generation_move() returns trigger language plpgsql as $$
begin
    update box_rollup_generation set generation = nextval('box_rollup_generation_seq') where id = 1;
    return null;
end
$$;

create trigger tg_community_box_rollup_generation after insert or update or delete or truncate
    on community_box_rollup for each statement execute function box_rollup_generation_move();
create trigger tg_region_box_rollup_generation after update of name, path on region
    for each statement execute function box_rollup_generation_move();
