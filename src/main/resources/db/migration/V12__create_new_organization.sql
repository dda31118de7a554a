-- "Two new" organizations (两新组织): non-public enterprises and social organizations in a street or
-- one of its communities, and how Party building reaches each one. Moves and changes of coverage are
-- kept as dated history, so "built then scattered" (边建边散) can be seen; units close, never vanish.

create table new_org (
    id                    bigserial    primary key,
    kind                  varchar(32)  not null,
    name                  varchar(200) not null,
    credit_code           varchar(18)  not null,
    street_id             bigint       not null,
    street_level          varchar(16)  not null default 'STREET',
    community_id          bigint,
    community_level       varchar(16)  not null default 'COMMUNITY',
    location_type         varchar(24)  not null,
    address               varchar(200),
    employees             integer      not null,
    members_employed      integer      not null,
    full_members_employed integer      not null,
    coverage_mode         varchar(16)  not null,
    party_org_id          bigint       references party_org (id),
    instructor_name       varchar(50),
    instructor_phone      varchar(20),
    instructor_since      date,
    instructor_member_id  bigint       references party_member (id),
    opened_on             date         not null,
    closed_on             date,
    close_reason          varchar(500),
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    constraint ck_new_org_kind check (kind in ('NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANIZATION')),
    constraint ck_new_org_street_level check (street_level = 'STREET'),
    constraint ck_new_org_community_level check (community_level = 'COMMUNITY'),
    constraint fk_new_org_street foreign key (street_id, street_level) references region (id, level),
    constraint fk_new_org_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_new_org_location_type check (location_type in ('BUSINESS_BUILDING', 'INDUSTRIAL_PARK',
        'COMMERCIAL_MARKET', 'PLATFORM', 'OTHER')),
    constraint ck_new_org_counts check (employees >= 0 and members_employed >= 0
        and full_members_employed between 0 and members_employed),
    constraint ck_new_org_mode check (coverage_mode in ('OWN_ORG', 'JOINT_BRANCH', 'INSTRUCTOR', 'NONE')),
    constraint ck_new_org_mode_org check ((coverage_mode in ('OWN_ORG', 'JOINT_BRANCH')) = (party_org_id is not null)),
    constraint ck_new_org_mode_instructor check ((coverage_mode = 'INSTRUCTOR') = (instructor_name is not null)),
    constraint ck_new_org_closed check (closed_on is null or (closed_on >= opened_on and close_reason is not null))
);

-- one open registration per organization
create unique index uk_new_org_open_code on new_org (credit_code) where closed_on is null;
create index ix_new_org_street on new_org (street_id);
create index ix_new_org_community on new_org (community_id);
create index ix_new_org_party_org on new_org (party_org_id);

-- a dated move from one place to another; the new_org row holds the current place
create table new_org_move (
    id                 bigserial    primary key,
    new_org_id         bigint       not null references new_org (id),
    moved_on           date         not null,
    from_street_id     bigint       not null references region (id),
    from_community_id  bigint       references region (id),
    to_street_id       bigint       not null references region (id),
    to_community_id    bigint       references region (id),
    note               varchar(500),
    recorded_by        varchar(50)  not null,
    created_at         timestamptz  not null default now()
);

create index ix_new_org_move_org on new_org_move (new_org_id, moved_on);

-- how Party building reached the unit from a day on: one row at registration and one per change
create table new_org_coverage (
    id               bigserial    primary key,
    new_org_id       bigint       not null references new_org (id),
    changed_on       date         not null,
    coverage_mode    varchar(16)  not null,
    party_org_id     bigint       references party_org (id),
    instructor_name  varchar(50),
    note             varchar(500),
    recorded_by      varchar(50)  not null,
    created_at       timestamptz  not null default now(),
    constraint ck_new_org_coverage_mode check (coverage_mode in ('OWN_ORG', 'JOINT_BRANCH', 'INSTRUCTOR', 'NONE'))
);

create index ix_new_org_coverage_org on new_org_coverage (new_org_id, changed_on);

-- Party members in the system known to work there
create table new_org_member (
    id          bigserial    primary key,
    new_org_id  bigint       not null references new_org (id),
    member_id   bigint       not null references party_member (id),
    linked_on   date         not null,
    created_at  timestamptz  not null default now(),
    constraint uk_new_org_member unique (new_org_id, member_id)
);

create index ix_new_org_member_member on new_org_member (member_id);
