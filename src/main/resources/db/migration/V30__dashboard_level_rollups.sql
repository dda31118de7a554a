-- The compliance and member profile roll-ups summed per district and per street (the region and its
-- whole subtree), so that a city's dashboard adds up the rows of its districts and a district's those
-- of its streets instead of every community's rows. Each row is the sum of the base rows whose
-- district_id or street_id is the region; statement triggers on the base tables add what is inserted
-- and subtract what is deleted, so the sums follow every refresh and rebuild of the base rows. A sum
-- can fall to zero (no base row left): readers skip those rows. A region being deleted takes its
-- sums with it (cascade) and gets none back from the base rows it cascades.
create table compliance_level_rollup (
    region_id      bigint not null,
    requirement_id bigint not null,
    period_start   date   not null,
    required       int    not null,
    done           int    not null,
    constraint pk_compliance_level_rollup primary key (region_id, requirement_id, period_start),
    constraint fk_compliance_level_rollup_region foreign key (region_id) references region (id) on delete cascade,
    constraint fk_compliance_level_rollup_requirement foreign key (requirement_id) references meeting_requirement (id)
);

create index ix_compliance_level_rollup_requirement on compliance_level_rollup (requirement_id);

create table member_profile_level_rollup (
    region_id bigint      not null,
    dimension varchar(16) not null,
    bucket    varchar(32) not null,
    members   int         not null,
    constraint pk_member_profile_level_rollup primary key (region_id, dimension, bucket),
    constraint fk_member_profile_level_rollup_region foreign key (region_id) references region (id) on delete cascade
);

-- Adds the rows of new_rows and subtracts those of old_rows (an update does both), each under its
-- district and its street, in key order (two writers lock the rows they share in the same order).
create function compliance_level_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into compliance_level_rollup as t (region_id, requirement_id, period_start, required, done)
        select a.region_id, d.requirement_id, d.period_start, -sum(d.required), -sum(d.done)
        from old_rows d cross join lateral (values (d.district_id), (d.street_id)) a(region_id)
        where a.region_id is not null and exists (select 1 from region g where g.id = a.region_id)
        group by a.region_id, d.requirement_id, d.period_start
        order by a.region_id, d.requirement_id, d.period_start
        on conflict (region_id, requirement_id, period_start)
            do update set required = t.required + excluded.required, done = t.done + excluded.done;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into compliance_level_rollup as t (region_id, requirement_id, period_start, required, done)
        select a.region_id, d.requirement_id, d.period_start, sum(d.required), sum(d.done)
        from new_rows d cross join lateral (values (d.district_id), (d.street_id)) a(region_id)
        where a.region_id is not null and exists (select 1 from region g where g.id = a.region_id)
        group by a.region_id, d.requirement_id, d.period_start
        order by a.region_id, d.requirement_id, d.period_start
        on conflict (region_id, requirement_id, period_start)
            do update set required = t.required + excluded.required, done = t.done + excluded.done;
    end if;
    return null;
end
$$;

create function member_profile_level_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into member_profile_level_rollup as t (region_id, dimension, bucket, members)
        select a.region_id, d.dimension, d.bucket, -sum(d.members)
        from old_rows d cross join lateral (values (d.district_id), (d.street_id)) a(region_id)
        where a.region_id is not null and exists (select 1 from region g where g.id = a.region_id)
        group by a.region_id, d.dimension, d.bucket
        order by a.region_id, d.dimension, d.bucket
        on conflict (region_id, dimension, bucket) do update set members = t.members + excluded.members;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into member_profile_level_rollup as t (region_id, dimension, bucket, members)
        select a.region_id, d.dimension, d.bucket, sum(d.members)
        from new_rows d cross join lateral (values (d.district_id), (d.street_id)) a(region_id)
        where a.region_id is not null and exists (select 1 from region g where g.id = a.region_id)
        group by a.region_id, d.dimension, d.bucket
        order by a.region_id, d.dimension, d.bucket
        on conflict (region_id, dimension, bucket) do update set members = t.members + excluded.members;
    end if;
    return null;
end
$$;

create trigger tg_compliance_rollup_level_insert after insert on compliance_rollup
    referencing new table as new_rows for each statement execute function compliance_level_apply();
create trigger tg_compliance_rollup_level_delete after delete on compliance_rollup
    referencing old table as old_rows for each statement execute function compliance_level_apply();
create trigger tg_compliance_rollup_level_update after update on compliance_rollup
    referencing old table as old_rows new table as new_rows for each statement
    execute function compliance_level_apply();

create trigger tg_member_profile_rollup_level_insert after insert on member_profile_rollup
    referencing new table as new_rows for each statement execute function member_profile_level_apply();
create trigger tg_member_profile_rollup_level_delete after delete on member_profile_rollup
    referencing old table as old_rows for each statement execute function member_profile_level_apply();
create trigger tg_member_profile_rollup_level_update after update on member_profile_rollup
    referencing old table as old_rows new table as new_rows for each statement
    execute function member_profile_level_apply();

-- the sums of the rows there are now
insert into compliance_level_rollup (region_id, requirement_id, period_start, required, done)
select a.region_id, c.requirement_id, c.period_start, sum(c.required), sum(c.done)
from compliance_rollup c cross join lateral (values (c.district_id), (c.street_id)) a(region_id)
where a.region_id is not null
group by a.region_id, c.requirement_id, c.period_start;

insert into member_profile_level_rollup (region_id, dimension, bucket, members)
select a.region_id, m.dimension, m.bucket, sum(m.members)
from member_profile_rollup m cross join lateral (values (m.district_id), (m.street_id)) a(region_id)
where a.region_id is not null
group by a.region_id, m.dimension, m.bucket;
