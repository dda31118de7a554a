-- Working in a unit, active in the community (工作在单位、活动在社区): resident units and their reports
-- to a community (单位报到), in-service members reporting to their residence community (在职党员报到)
-- with service posts and the services they give, volunteers, and service venues (党群服务中心).
-- As in V1 and V6, a composite foreign key with the region's level pins a row to the right level.

create extension if not exists btree_gist;

-- 驻区单位: a unit sitting in a street or community. One registry, shared by unit reporting and by
-- regional Party building. Its Party organization is either in the system or named.
create table resident_unit (
    id              bigserial    primary key,
    region_id       bigint       not null,
    region_level    varchar(16)  not null,
    name            varchar(200) not null,
    kind            varchar(32)  not null,
    address         varchar(200),
    party_org_id    bigint,
    party_org_name  varchar(200),
    contact_name    varchar(50),
    contact_phone   varchar(20),
    notes           varchar(1000),
    closed_on       date,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    constraint ck_resident_unit_level check (region_level in ('STREET', 'COMMUNITY')),
    constraint fk_resident_unit_region foreign key (region_id, region_level) references region (id, level),
    constraint fk_resident_unit_party_org foreign key (party_org_id) references party_org (id),
    constraint ck_resident_unit_kind check (kind in ('ORGAN', 'INSTITUTION', 'STATE_ENTERPRISE',
        'NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANIZATION', 'OTHER'))
);

create index ix_resident_unit_region on resident_unit (region_id);
create index ix_resident_unit_party_org on resident_unit (party_org_id);

-- 单位报到: a unit (with its Party organization) reports to a community and makes commitments; the
-- community acknowledges receipt. One open report per unit and community.
create table unit_report (
    id               bigserial     primary key,
    unit_id          bigint        not null references resident_unit (id),
    community_id     bigint        not null,
    community_level  varchar(16)   not null default 'COMMUNITY',
    reported_on      date          not null,
    contact_name     varchar(50)   not null,
    contact_phone    varchar(20),
    commitments      varchar(2000) not null,
    received_on      date,
    received_by      varchar(50),
    ended_on         date,
    note             varchar(1000),
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    constraint ck_unit_report_community_level check (community_level = 'COMMUNITY'),
    constraint fk_unit_report_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_unit_report_received check (received_on is null or received_on >= reported_on),
    constraint ck_unit_report_ended check (ended_on is null or ended_on >= reported_on)
);

create unique index uk_unit_report_open on unit_report (unit_id, community_id) where ended_on is null;
create index ix_unit_report_community on unit_report (community_id, reported_on);

-- post categories as data (政策宣传, 环境整治, 关爱老人, ...): the city may add or retire categories
create table service_category (
    code        varchar(32)  primary key,
    name_zh     varchar(50)  not null,
    name_en     varchar(50)  not null,
    sort_order  integer      not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0
);

insert into service_category (code, name_zh, name_en, sort_order) values
    ('POLICY', '政策宣传', 'Policy publicity', 10),
    ('ENVIRONMENT', '环境整治', 'Environment', 20),
    ('ELDER_CARE', '关爱老人', 'Elder care', 30),
    ('CULTURE', '文化活动', 'Culture', 40),
    ('SAFETY', '平安巡防', 'Safety patrol', 50),
    ('MEDIATION', '矛盾调解', 'Mediation', 60),
    ('VOLUNTEERING', '志愿服务', 'Volunteering', 70),
    ('OTHER', '其他', 'Other', 90);

-- a community's service posts (服务岗位) that reporting members choose from
create table service_post (
    id             bigserial    primary key,
    community_id   bigint       not null,
    community_level varchar(16) not null default 'COMMUNITY',
    category_code  varchar(32)  not null references service_category (code),
    name           varchar(100) not null,
    description    varchar(1000),
    capacity       integer,
    closed_on      date,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    constraint ck_service_post_community_level check (community_level = 'COMMUNITY'),
    constraint fk_service_post_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_service_post_capacity check (capacity is null or capacity > 0)
);

create index ix_service_post_community on service_post (community_id);

-- 在职党员到社区报到: one row per reporting period [reported_on, valid_until]; re-reporting opens the
-- next period. A member of the system is linked; anyone else is recorded with name, phone, employer
-- and the employer's Party organization. No member may be reported twice for overlapping days, to
-- this community or any other.
create table member_report (
    id                 bigserial    primary key,
    community_id       bigint       not null,
    community_level    varchar(16)  not null default 'COMMUNITY',
    member_id          bigint       references party_member (id),
    person_name        varchar(50),
    person_phone       varchar(20),
    employer_name      varchar(200) not null,
    employer_org_id    bigint       references party_org (id),
    employer_org_name  varchar(200),
    employer_unit_id   bigint       references resident_unit (id),
    reported_on        date         not null,
    valid_until        date         not null,
    ended_on           date,
    note               varchar(1000),
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    constraint ck_member_report_community_level check (community_level = 'COMMUNITY'),
    constraint fk_member_report_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_member_report_person check (member_id is not null or person_name is not null),
    constraint ck_member_report_valid check (valid_until >= reported_on),
    constraint ck_member_report_ended check (ended_on is null or ended_on >= reported_on),
    constraint ex_member_report_overlap exclude using gist (
        member_id with =,
        daterange(reported_on, least(valid_until, coalesce(ended_on, valid_until)), '[]') with &&)
        where (member_id is not null)
);

create index ix_member_report_community on member_report (community_id, reported_on);
create index ix_member_report_member on member_report (member_id);
create index ix_member_report_employer_org on member_report (employer_org_id);

create table member_report_post (
    report_id  bigint not null references member_report (id),
    post_id    bigint not null references service_post (id),
    primary key (report_id, post_id)
);

create index ix_member_report_post_post on member_report_post (post_id);

-- a service given by a reporting member: the day, the hours, what was done, who confirmed it
create table service_record (
    id            bigserial     primary key,
    report_id     bigint        not null references member_report (id),
    post_id       bigint        references service_post (id),
    served_on     date          not null,
    hours         numeric(4, 1) not null,
    description   varchar(1000) not null,
    confirmed_by  varchar(50),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    constraint ck_service_record_hours check (hours > 0 and hours <= 24)
);

create index ix_service_record_report on service_record (report_id, served_on);

-- 志愿者: registered volunteers of a community, members of the system or residents
create table volunteer (
    id               bigserial    primary key,
    community_id     bigint       not null,
    community_level  varchar(16)  not null default 'COMMUNITY',
    member_id        bigint       references party_member (id),
    person_name      varchar(50),
    person_phone     varchar(20),
    skills           varchar(200),
    registered_on    date         not null,
    left_on          date,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    constraint ck_volunteer_community_level check (community_level = 'COMMUNITY'),
    constraint fk_volunteer_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_volunteer_person check (member_id is not null or person_name is not null),
    constraint ck_volunteer_left check (left_on is null or left_on >= registered_on)
);

create unique index uk_volunteer_member on volunteer (community_id, member_id) where member_id is not null and left_on is null;
create index ix_volunteer_community on volunteer (community_id);

create table volunteer_activity (
    id               bigserial     primary key,
    community_id     bigint        not null,
    community_level  varchar(16)   not null default 'COMMUNITY',
    title            varchar(200)  not null,
    held_on          date          not null,
    place            varchar(200),
    description      varchar(2000),
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    constraint ck_volunteer_activity_community_level check (community_level = 'COMMUNITY'),
    constraint fk_volunteer_activity_community foreign key (community_id, community_level)
        references region (id, level)
);

create index ix_volunteer_activity_community on volunteer_activity (community_id, held_on);

create table volunteer_hours (
    activity_id   bigint        not null references volunteer_activity (id),
    volunteer_id  bigint        not null references volunteer (id),
    hours         numeric(4, 1) not null,
    primary key (activity_id, volunteer_id),
    constraint ck_volunteer_hours check (hours > 0 and hours <= 24)
);

create index ix_volunteer_hours_volunteer on volunteer_hours (volunteer_id);

-- 党群服务中心 and service stations (有场所议事), kept by a street or a community; the communities
-- whose 15-minute service circle a venue belongs to are listed separately
create table service_venue (
    id              bigserial     primary key,
    region_id       bigint        not null,
    region_level    varchar(16)   not null,
    kind            varchar(16)   not null,
    name            varchar(200)  not null,
    address         varchar(200),
    area_m2         numeric(8, 1),
    opening_hours   varchar(200),
    services        varchar(2000),
    closed_on       date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    constraint ck_service_venue_level check (region_level in ('STREET', 'COMMUNITY')),
    constraint fk_service_venue_region foreign key (region_id, region_level) references region (id, level),
    constraint ck_service_venue_kind check (kind in ('CENTER', 'STATION')),
    constraint ck_service_venue_area check (area_m2 is null or area_m2 > 0)
);

create index ix_service_venue_region on service_venue (region_id);

create table venue_circle (
    venue_id         bigint       not null references service_venue (id),
    community_id     bigint       not null,
    community_level  varchar(16)  not null default 'COMMUNITY',
    primary key (venue_id, community_id),
    constraint ck_venue_circle_community_level check (community_level = 'COMMUNITY'),
    constraint fk_venue_circle_community foreign key (community_id, community_level) references region (id, level)
);

create index ix_venue_circle_community on venue_circle (community_id);
