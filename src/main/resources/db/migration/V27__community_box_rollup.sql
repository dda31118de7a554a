-- The figures of the level pages' feature boxes, one row per community (and one per street with "two
-- new" units in none of its communities: community is false, only its cov_* count), so that a street, district or
-- city page adds up its communities' rows instead of running each feature's statement over the whole
-- subtree. Each feature counts its own figures per community with its own statement (as its box did)
-- as of computed_on; the rows are refreshed with community_rollup: through the queue rollup_dirty
-- (filled by the triggers below), when computed before today (statuses and the quarter move with the
-- day), daily and by the full rebuild.
-- rep_*: member reporting (people reported, periods due and expired, the quarter's services and hours,
-- open posts); vol_*: volunteers (current volunteers, this year's activities, hours this year and this
-- quarter); cov_*: the coverage of the open "two new" units sitting there (units, covered by an
-- organization, by work, blind, alerts, scattered).
create table community_box_rollup (
    region_id     bigint       not null,
    region_path   varchar(200) not null,
    street_id     bigint,
    district_id   bigint,
    community     boolean      not null default true,
    computed_on   date         not null,
    rep_reported  int          not null default 0,
    rep_due       int          not null default 0,
    rep_expired   int          not null default 0,
    rep_services  int          not null default 0,
    rep_hours     numeric      not null default 0,
    rep_posts     int          not null default 0,
    vol_current        int     not null default 0,
    vol_activities     int     not null default 0,
    vol_hours_year     numeric not null default 0,
    vol_hours_quarter  numeric not null default 0,
    cov_units          int     not null default 0,
    cov_org_covered    int     not null default 0,
    cov_work_covered   int     not null default 0,
    cov_blind          int     not null default 0,
    cov_alerts         int     not null default 0,
    cov_scattered      int     not null default 0,
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

-- A volunteer registered or gone, an activity held or moved, hours recorded: the community.
create function rollup_mark_volunteers() returns trigger language plpgsql as $$
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

create trigger tg_volunteer_rollup_insert after insert on volunteer
    referencing new table as new_rows for each statement execute function rollup_mark_volunteers();
create trigger tg_volunteer_rollup_update after update on volunteer
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_volunteers();
create trigger tg_volunteer_rollup_delete after delete on volunteer
    referencing old table as old_rows for each statement execute function rollup_mark_volunteers();
create trigger tg_volunteer_activity_rollup_insert after insert on volunteer_activity
    referencing new table as new_rows for each statement execute function rollup_mark_volunteers();
create trigger tg_volunteer_activity_rollup_update after update on volunteer_activity
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_volunteers();
create trigger tg_volunteer_activity_rollup_delete after delete on volunteer_activity
    referencing old table as old_rows for each statement execute function rollup_mark_volunteers();

create function rollup_mark_volunteer_hours() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select distinct a.community_id from volunteer_activity a where a.id in (select activity_id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select distinct a.community_id from volunteer_activity a where a.id in (select activity_id from old_rows);
    end if;
    return null;
end
$$;

create trigger tg_volunteer_hours_rollup_insert after insert on volunteer_hours
    referencing new table as new_rows for each statement execute function rollup_mark_volunteer_hours();
create trigger tg_volunteer_hours_rollup_update after update on volunteer_hours
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_volunteer_hours();
create trigger tg_volunteer_hours_rollup_delete after delete on volunteer_hours
    referencing old table as old_rows for each statement execute function rollup_mark_volunteer_hours();

-- A "two new" unit registered, moved, covered or closed marks where it sits (its community, or its street).
create function rollup_mark_new_orgs() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id) select distinct coalesce(community_id, street_id) from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id) select distinct coalesce(community_id, street_id) from old_rows;
    end if;
    return null;
end
$$;

create trigger tg_new_org_rollup_insert after insert on new_org
    referencing new table as new_rows for each statement execute function rollup_mark_new_orgs();
create trigger tg_new_org_rollup_update after update on new_org
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_new_orgs();
create trigger tg_new_org_rollup_delete after delete on new_org
    referencing old table as old_rows for each statement execute function rollup_mark_new_orgs();

-- Its coverage history (a unit once covered by an organization is "scattered" when no longer covered).
create function rollup_mark_new_org_coverage() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty (region_id)
        select distinct coalesce(n.community_id, n.street_id) from new_org n
        where n.id in (select new_org_id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty (region_id)
        select distinct coalesce(n.community_id, n.street_id) from new_org n
        where n.id in (select new_org_id from old_rows);
    end if;
    return null;
end
$$;

create trigger tg_new_org_coverage_rollup_insert after insert on new_org_coverage
    referencing new table as new_rows for each statement execute function rollup_mark_new_org_coverage();
create trigger tg_new_org_coverage_rollup_update after update on new_org_coverage
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_new_org_coverage();
create trigger tg_new_org_coverage_rollup_delete after delete on new_org_coverage
    referencing old table as old_rows for each statement execute function rollup_mark_new_org_coverage();

-- A unit counts as covered by its own organization only while that organization is open.
create function rollup_mark_new_org_parties() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id)
    select distinct coalesce(n.community_id, n.street_id) from new_org n
    where n.party_org_id in (select a.id from old_rows b join new_rows a on a.id = b.id
                             where a.closed_on is distinct from b.closed_on);
    return null;
end
$$;

create trigger tg_party_org_rollup_new_orgs after update on party_org
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_new_org_parties();

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

-- an existing database computes the figures of every community, and of the streets with units of their own
insert into rollup_dirty (region_id) select id from region where level = 'COMMUNITY';
insert into rollup_dirty (region_id) select distinct street_id from new_org where community_id is null;
