-- Users are bound to one node: a region (city, district, street, community) or, for branch
-- secretaries, a Party organization. The grant covers the node's whole subtree.
create table app_user (
    id                   bigserial    primary key,
    username             varchar(50)  not null,
    password_hash        varchar(200) not null,
    display_name         varchar(50)  not null,
    role                 varchar(32)  not null,
    region_id            bigint,
    party_org_id         bigint,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_logins        int          not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_region foreign key (region_id) references region (id),
    constraint fk_app_user_party_org foreign key (party_org_id) references party_org (id),
    constraint ck_app_user_role check (role in ('CITY_ADMIN', 'DISTRICT_OFFICIAL', 'STREET_STAFF',
        'COMMUNITY_SECRETARY', 'BRANCH_SECRETARY', 'SYSTEM_ADMIN')),
    constraint ck_app_user_one_node check (
        (role = 'BRANCH_SECRETARY' and party_org_id is not null and region_id is null)
        or (role = 'SYSTEM_ADMIN' and party_org_id is null)
        or (role not in ('BRANCH_SECRETARY', 'SYSTEM_ADMIN') and region_id is not null and party_org_id is null))
);

-- who did what, when; never a secret and never a full ID number
create table audit_event (
    id          bigserial    primary key,
    occurred_at timestamptz  not null default now(),
    username    varchar(50)  not null,
    action      varchar(32)  not null,
    entity_type varchar(32)  not null,
    entity_id   bigint,
    summary     varchar(2000)
);

create index ix_audit_event_occurred on audit_event (occurred_at desc);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
