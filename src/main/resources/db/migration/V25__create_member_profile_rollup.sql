-- The member profile of the dashboards per region where organizations sit (keyed like
-- community_rollup): how many people of each status, and how many Party members (probationary and
-- full) of each age band, education, occupation and gender, so that a city's dashboard adds up a
-- few thousand rows instead of reading a million members. dimension is STATUS, AGE, EDUCATION,
-- OCCUPATION or GENDER; bucket is the enum name (the age band for AGE). Age bands depend on the day
-- (computed_on): the rows are refreshed with community_rollup (queued, outdated, daily).
create table member_profile_rollup (
    region_id    bigint       not null,
    region_path  varchar(200) not null,
    district_id  bigint,
    street_id    bigint,
    community_id bigint,
    dimension    varchar(16)  not null,
    bucket       varchar(32)  not null,
    members      int          not null,
    computed_on  date         not null,
    constraint pk_member_profile_rollup primary key (region_id, dimension, bucket),
    constraint fk_member_profile_rollup_region foreign key (region_id) references region (id) on delete cascade
);

create index ix_member_profile_rollup_path on member_profile_rollup (region_path text_pattern_ops);

-- A member's birth date, education, occupation or gender corrected marks the organization's region
-- (status and organization changes are marked by the triggers of community_rollup already).
create function rollup_mark_member_profile() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id)
    select distinct o.region_id from party_org o where o.id in (
        select a.party_org_id from old_rows b join new_rows a on a.id = b.id
        where (a.birth_date, a.education, a.occupation, a.gender)
              is distinct from (b.birth_date, b.education, b.occupation, b.gender));
    return null;
end
$$;

create trigger tg_party_member_rollup_profile after update on party_member
    referencing old table as old_rows new table as new_rows for each statement
    execute function rollup_mark_member_profile();

-- an existing database computes the profile with the next refresh of each region
insert into rollup_dirty (region_id) select distinct region_id from party_org;
