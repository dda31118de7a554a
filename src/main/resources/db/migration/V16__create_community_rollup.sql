-- Member and organization figures per region where organizations sit (a community, or a street for
-- the organizations attached directly to it; the keying of compliance_rollup), so that the street,
-- district and city pages add up at most a few thousand rows instead of counting a million members.
-- Counts follow the level pages: orgs are the open organizations except Party groups; members,
-- full_members, probationary and pipeline count the people of every organization sitting there;
-- attention counts the open organizations with an organization-setup warning on computed_on (the
-- rules are evaluated in Java, and term expiry depends on the day, so rows are refreshed daily);
-- due_soon, overdue and term_due are the reminder counts of the open organizations (from
-- org_period_status and the terms, on computed_on).
create table community_rollup (
    region_id     bigint       not null,
    region_path   varchar(200) not null,
    district_id   bigint,
    street_id     bigint,
    community_id  bigint,
    orgs          int          not null,
    branches      int          not null,
    members       int          not null,
    full_members  int          not null,
    probationary  int          not null,
    pipeline      int          not null,
    attention     int          not null,
    due_soon      int          not null,
    overdue       int          not null,
    term_due      int          not null,
    computed_on   date         not null,
    constraint pk_community_rollup primary key (region_id),
    constraint fk_community_rollup_region foreign key (region_id) references region (id) on delete cascade
);

create index ix_community_rollup_path on community_rollup (region_path text_pattern_ops);

-- The regions whose row must be recomputed. Writers only append (no unique key, so concurrent
-- writers never wait on each other); a refresh deletes the rows it takes before it reads the raw
-- rows, so a write that commits later leaves its own row behind for the next refresh.
create table rollup_dirty (
    id        bigserial   primary key,
    region_id bigint      not null,
    marked_at timestamptz not null default now()
);

create index ix_rollup_dirty_region on rollup_dirty (region_id);

-- Statement-level triggers with transition tables: a COPY or a 10,000-row import marks each region
-- once, not once per row. A member moving, or changing status, marks the old and the new place.
create function rollup_mark_members() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (select party_org_id from new_rows);
    elsif tg_op = 'DELETE' then
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (select party_org_id from old_rows);
    else
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (
            select b.party_org_id from old_rows b join new_rows a on a.id = b.id
            where a.party_org_id is distinct from b.party_org_id or a.status is distinct from b.status
            union
            select a.party_org_id from old_rows b join new_rows a on a.id = b.id
            where a.party_org_id is distinct from b.party_org_id or a.status is distinct from b.status);
    end if;
    return null;
end
$$;

create trigger tg_party_member_rollup_insert after insert on party_member
    referencing new table as new_rows for each statement execute function rollup_mark_members();
create trigger tg_party_member_rollup_update after update on party_member
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_members();
create trigger tg_party_member_rollup_delete after delete on party_member
    referencing old table as old_rows for each statement execute function rollup_mark_members();

create function rollup_mark_orgs() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_dirty (region_id) select distinct region_id from new_rows;
    elsif tg_op = 'DELETE' then
        insert into rollup_dirty (region_id) select distinct region_id from old_rows;
    else
        insert into rollup_dirty (region_id)
        select b.region_id from old_rows b join new_rows a on a.id = b.id
        where (a.region_id, a.region_path, a.type, a.closed_on, a.has_committee, a.term_end)
              is distinct from (b.region_id, b.region_path, b.type, b.closed_on, b.has_committee, b.term_end)
        union
        select a.region_id from old_rows b join new_rows a on a.id = b.id
        where (a.region_id, a.region_path, a.type, a.closed_on, a.has_committee, a.term_end)
              is distinct from (b.region_id, b.region_path, b.type, b.closed_on, b.has_committee, b.term_end);
    end if;
    return null;
end
$$;

create trigger tg_party_org_rollup_insert after insert on party_org
    referencing new table as new_rows for each statement execute function rollup_mark_orgs();
create trigger tg_party_org_rollup_update after update on party_org
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_orgs();
create trigger tg_party_org_rollup_delete after delete on party_org
    referencing old table as old_rows for each statement execute function rollup_mark_orgs();

-- the compliance summaries feed the reminder counts: a meeting recorded marks its organization's region
create function rollup_mark_statuses() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (select party_org_id from old_rows);
    else
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (select party_org_id from new_rows);
    end if;
    return null;
end
$$;

create trigger tg_org_period_status_rollup_insert after insert on org_period_status
    referencing new table as new_rows for each statement execute function rollup_mark_statuses();
create trigger tg_org_period_status_rollup_update after update on org_period_status
    referencing new table as new_rows for each statement execute function rollup_mark_statuses();
create trigger tg_org_period_status_rollup_delete after delete on org_period_status
    referencing old table as old_rows for each statement execute function rollup_mark_statuses();

-- an existing database starts with every region with organizations to compute
insert into rollup_dirty (region_id) select distinct region_id from party_org;
