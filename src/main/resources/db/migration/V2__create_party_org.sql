-- The Party organization tree. parent_id is the reporting line (隶属); region_id is where the
-- organization sits (属地), a street or a community. Both are denormalized into path columns so
-- that subtree filters are prefix scans on indexed columns.
create table party_org (
    id               bigserial    primary key,
    name             varchar(120) not null,
    type             varchar(24)  not null,
    category         varchar(24)  not null,
    parent_id        bigint,
    region_id        bigint       not null,
    path             varchar(400) not null,
    region_path      varchar(200) not null,
    city_id          bigint,
    district_id      bigint,
    street_id        bigint,
    community_id     bigint,
    secretary_id     bigint,
    has_committee    boolean      not null default false,
    founded_on       date,
    term_start       date,
    term_end         date,
    closed_on        date,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint fk_party_org_parent foreign key (parent_id) references party_org (id),
    constraint fk_party_org_region foreign key (region_id) references region (id),
    constraint ck_party_org_type check (type in ('COMMITTEE', 'WORKING_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH',
        'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'PARTY_GROUP')),
    constraint ck_party_org_category check (category in ('COMMUNITY', 'INSTITUTION', 'STATE_ENTERPRISE',
        'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION', 'BUILDING_PARK', 'GRID')),
    constraint ck_party_org_term check (term_end is null or term_start is null or term_end > term_start),
    constraint ck_party_org_not_own_parent check (parent_id is null or parent_id <> id)
);

create index ix_party_org_parent on party_org (parent_id);
create index ix_party_org_region on party_org (region_id);
create index ix_party_org_path on party_org (path text_pattern_ops);
create index ix_party_org_region_path on party_org (region_path text_pattern_ops);
create index ix_party_org_district on party_org (district_id);
create index ix_party_org_street on party_org (street_id);
create index ix_party_org_community on party_org (community_id);

create function party_org_derive_path() returns trigger language plpgsql as $$
declare
    r region%rowtype;
    parent_path varchar(400);
begin
    select * into r from region where id = new.region_id;
    if not found then
        raise exception 'region % does not exist', new.region_id using errcode = '23503';
    end if;
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
    else
        select path into parent_path from party_org where id = new.parent_id;
        if parent_path is null then
            raise exception 'party_org parent % does not exist', new.parent_id using errcode = '23503';
        end if;
        if parent_path like '%/' || new.id || '/%' then
            raise exception 'party_org % cannot report to its own descendant', new.id using errcode = '23514';
        end if;
        new.path := parent_path || new.id || '/';
    end if;
    new.region_path := r.path;
    new.city_id := case r.level when 'CITY' then r.id else r.city_id end;
    new.district_id := case r.level when 'DISTRICT' then r.id when 'CITY' then null else r.district_id end;
    new.street_id := case r.level when 'STREET' then r.id when 'COMMUNITY' then r.street_id else null end;
    new.community_id := case r.level when 'COMMUNITY' then r.id else null end;
    return new;
end $$;

create trigger tg_party_org_derive_path
    before insert or update of parent_id, region_id on party_org
    for each row execute function party_org_derive_path();

create function party_org_cascade_path() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update party_org set parent_id = parent_id where parent_id = new.id;
    end if;
    return null;
end $$;

create trigger tg_party_org_cascade_path
    after update of parent_id, region_id on party_org
    for each row execute function party_org_cascade_path();

-- a moved region re-derives the territory columns of the organizations sitting in it
create function region_cascade_orgs() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update party_org set region_id = region_id where region_id = new.id;
    end if;
    return null;
end $$;

create trigger tg_region_cascade_orgs
    after update of parent_id on region
    for each row execute function region_cascade_orgs();
