-- The administrative tree: CITY → DISTRICT → STREET → COMMUNITY (市 → 区 → 街道 → 社区).
-- A child is always exactly one level below its parent: the composite foreign key carries the
-- parent's level and the check constraint allows only the next level down.
create table region (
    id           bigserial    primary key,
    level        varchar(16)  not null,
    code         varchar(32)  not null,
    name         varchar(100) not null,
    parent_id    bigint,
    parent_level varchar(16),
    path         varchar(200) not null,
    city_id      bigint,
    district_id  bigint,
    street_id    bigint,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    constraint uk_region_code unique (code),
    constraint uk_region_id_level unique (id, level),
    constraint ck_region_level check (level in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY')),
    constraint fk_region_parent foreign key (parent_id, parent_level) references region (id, level),
    constraint ck_region_parent_level check (
        (level = 'CITY' and parent_id is null and parent_level is null)
        or (level = 'DISTRICT' and parent_id is not null and parent_level = 'CITY')
        or (level = 'STREET' and parent_id is not null and parent_level = 'DISTRICT')
        or (level = 'COMMUNITY' and parent_id is not null and parent_level = 'STREET'))
);

create index ix_region_parent on region (parent_id);
create index ix_region_path on region (path text_pattern_ops);

-- path ('/1/12/305/') and the ancestors' ids are derived from the parent, never typed
create function region_derive_path() returns trigger language plpgsql as $$
declare
    p region%rowtype;
begin
    if new.parent_id is null then
        new.parent_level := null;
        new.path := '/' || new.id || '/';
        new.city_id := null;
        new.district_id := null;
        new.street_id := null;
        return new;
    end if;
    select * into p from region where id = new.parent_id;
    if not found then
        raise exception 'region parent % does not exist', new.parent_id using errcode = '23503';
    end if;
    new.parent_level := p.level;
    new.path := p.path || new.id || '/';
    new.city_id := case p.level when 'CITY' then p.id else p.city_id end;
    new.district_id := case p.level when 'DISTRICT' then p.id when 'STREET' then p.district_id else null end;
    new.street_id := case p.level when 'STREET' then p.id else null end;
    return new;
end $$;

create trigger tg_region_derive_path
    before insert or update of parent_id on region
    for each row execute function region_derive_path();

-- a region that moves takes its subtree along: touching the children's parent_id re-derives them
create function region_cascade_path() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update region set parent_id = parent_id where parent_id = new.id;
    end if;
    return null;
end $$;

create trigger tg_region_cascade_path
    after update of parent_id on region
    for each row execute function region_cascade_path();
