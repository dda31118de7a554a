-- The figures of the level pages' feature boxes, one row per community, so that a street, district or
-- city page adds up its communities' rows instead of running each feature's statement over the whole
-- subtree. Each feature counts its own figures per community with its own statement (as its box did)
-- as of computed_on; the rows are refreshed with community_rollup: through the queue rollup_dirty
-- (filled by the triggers below), when computed before today (statuses and the quarter move with the
-- day), daily and by the full rebuild.
-- rep_*: member reporting (people reported, periods due and expired, the quarter's services and hours,
-- open posts).
create table community_box_rollup (
    region_id     bigint       not null,
    region_path   varchar(200) not null,
    street_id     bigint,
    district_id   bigint,
    computed_on   date         not null,
    rep_reported  int          not null default 0,
    rep_due       int          not null default 0,
    rep_expired   int          not null default 0,
    rep_services  int          not null default 0,
    rep_hours     numeric      not null default 0,
    rep_posts     int          not null default 0,
    constraint pk_community_box_rollup primary key (region_id),
    constraint fk_community_box_rollup_region foreign key (region_id) references region (id) on delete cascade
);

create index ix_community_box_rollup_path on community_box_rollup (region_path text_pattern_ops);

-- A period reported, ended or corrected marks its community, and the communities of the same person's
-- other periods: whether a period was followed by a later one decides its status.
create function rollup_mark_member_reports() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select community_id from new_rows
        union select r.community_id from member_report r
              where r.member_id in (select member_id from new_rows where member_id is not null)
        union select r.community_id from member_report r
              where r.member_id is null and r.person_name in (select person_name from new_rows where member_id is null);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select community_id from old_rows
        union select r.community_id from member_report r
              where r.member_id in (select member_id from old_rows where member_id is not null)
        union select r.community_id from member_report r
              where r.member_id is null and r.person_name in (select person_name from old_rows where member_id is null);
    end if;
    return null;
end
$$;

create trigger tg_member_report_rollup_insert after insert on member_report
    referencing new table as new_rows for each statement execute function rollup_mark_member_reports();
create trigger tg_member_report_rollup_update after update on member_report
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_member_reports();
create trigger tg_member_report_rollup_delete after delete on member_report
    referencing old table as old_rows for each statement execute function rollup_mark_member_reports();

-- A service recorded, corrected or removed marks the community of its period.
create function rollup_mark_service_records() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select distinct r.community_id from member_report r where r.id in (select report_id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select distinct r.community_id from member_report r where r.id in (select report_id from old_rows);
    end if;
    return null;
end
$$;

create trigger tg_service_record_rollup_insert after insert on service_record
    referencing new table as new_rows for each statement execute function rollup_mark_service_records();
create trigger tg_service_record_rollup_update after update on service_record
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_service_records();
create trigger tg_service_record_rollup_delete after delete on service_record
    referencing old table as old_rows for each statement execute function rollup_mark_service_records();

-- A post opened, moved or closed marks its community.
create function rollup_mark_service_posts() returns trigger language plpgsql as $$
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

create trigger tg_service_post_rollup_insert after insert on service_post
    referencing new table as new_rows for each statement execute function rollup_mark_service_posts();
create trigger tg_service_post_rollup_update after update on service_post
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_service_posts();
create trigger tg_service_post_rollup_delete after delete on service_post
    referencing old table as old_rows for each statement execute function rollup_mark_service_posts();

-- Every community has a row (of zeros when there is nothing to count, so that it is refreshed daily like
-- the others): a new community is queued when it is created.
create function rollup_mark_new_communities() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id) select id from new_rows where level = 'COMMUNITY';
    return null;
end
$$;

create trigger tg_region_rollup_insert after insert on region
    referencing new table as new_rows for each statement execute function rollup_mark_new_communities();

-- an existing database computes the figures of every community
insert into rollup_dirty (region_id) select id from region where level = 'COMMUNITY';
