-- Regional Party building (区域化党建): contacts of resident units, the joint meeting (联席会议) of a
-- street or community with its member units, meetings and follow-up items, co-building agreements
-- (共建协议) with yearly reviews, and the three lists (需求清单, 资源清单, 项目清单). Units are the one
-- registry of V7 (resident_unit); nothing here copies them.

-- several contacts per unit (name, title, phone); phones are shown masked in lists
create table resident_unit_contact (
    id          bigserial    primary key,
    unit_id     bigint       not null references resident_unit (id),
    name        varchar(50)  not null,
    title       varchar(50),
    phone       varchar(20),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now()
);

create index ix_resident_unit_contact_unit on resident_unit_contact (unit_id);

-- a unit's membership of the joint meeting of a street or community, with its representative and
-- liaison; memberships end, they are never deleted
create table joint_member (
    id                    bigserial    primary key,
    region_id             bigint       not null,
    region_level          varchar(16)  not null,
    unit_id               bigint       not null references resident_unit (id),
    representative        varchar(50)  not null,
    representative_title  varchar(50),
    liaison_name          varchar(50)  not null,
    liaison_phone         varchar(20),
    joined_on             date         not null,
    left_on               date,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    constraint ck_joint_member_level check (region_level in ('STREET', 'COMMUNITY')),
    constraint fk_joint_member_region foreign key (region_id, region_level) references region (id, level),
    constraint ck_joint_member_left check (left_on is null or left_on >= joined_on)
);

create unique index uk_joint_member_open on joint_member (region_id, unit_id) where left_on is null;
create index ix_joint_member_unit on joint_member (unit_id);

-- one meeting of the joint meeting: the day, topics and decisions; attendance names member rows
create table joint_meeting (
    id            bigserial     primary key,
    region_id     bigint        not null,
    region_level  varchar(16)   not null,
    held_on       date          not null,
    topics        varchar(2000) not null,
    decisions     varchar(2000),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    constraint ck_joint_meeting_level check (region_level in ('STREET', 'COMMUNITY')),
    constraint fk_joint_meeting_region foreign key (region_id, region_level) references region (id, level)
);

create index ix_joint_meeting_region on joint_meeting (region_id, held_on);

create table joint_meeting_attendance (
    meeting_id  bigint  not null references joint_meeting (id),
    member_id   bigint  not null references joint_member (id),
    primary key (meeting_id, member_id)
);

create index ix_joint_meeting_attendance_member on joint_meeting_attendance (member_id);

-- 督办事项: what a meeting decided someone must do, with the owner unit, a deadline and a status;
-- overdue is derived (open after the deadline)
create table joint_follow_up (
    id             bigserial     primary key,
    region_id      bigint        not null references region (id),
    meeting_id     bigint        references joint_meeting (id),
    title          varchar(300)  not null,
    owner_unit_id  bigint        not null references resident_unit (id),
    due_on         date          not null,
    status         varchar(16)   not null default 'OPEN',
    closed_on      date,
    note           varchar(1000),
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    constraint ck_joint_follow_up_status check (status in ('OPEN', 'DONE', 'DROPPED'))
);

create index ix_joint_follow_up_region on joint_follow_up (region_id, status);

-- 共建协议 between the leading Party organization of a street or community and a unit's Party
-- organization (in the system or named on the unit); active and expired are derived from the term
create table cobuild_agreement (
    id                 bigserial     primary key,
    region_id          bigint        not null references region (id),
    party_org_id       bigint        not null references party_org (id),
    unit_id            bigint        not null references resident_unit (id),
    title              varchar(200)  not null,
    start_on           date          not null,
    end_on             date          not null,
    our_commitments    varchar(4000) not null,
    unit_commitments   varchar(4000) not null,
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    constraint ck_cobuild_agreement_term check (end_on > start_on)
);

create index ix_cobuild_agreement_region on cobuild_agreement (region_id, end_on);
create index ix_cobuild_agreement_unit on cobuild_agreement (unit_id);
create index ix_cobuild_agreement_org on cobuild_agreement (party_org_id);

create table cobuild_review (
    id            bigserial     primary key,
    agreement_id  bigint        not null references cobuild_agreement (id),
    reviewed_on   date          not null,
    result        varchar(16)   not null,
    note          varchar(1000),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    constraint ck_cobuild_review_result check (result in ('GOOD', 'FAIR', 'POOR'))
);

create index ix_cobuild_review_agreement on cobuild_review (agreement_id, reviewed_on);

-- 需求清单: a need raised by residents or a community, in a community; met is derived (a project done)
create table regional_need (
    id               bigserial     primary key,
    community_id     bigint        not null,
    community_level  varchar(16)   not null default 'COMMUNITY',
    category         varchar(32)   not null references service_category (code),
    description      varchar(1000) not null,
    urgency          varchar(16)   not null,
    raised_by_kind   varchar(16)   not null,
    raised_by        varchar(100)  not null,
    raised_on        date          not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    constraint ck_regional_need_level check (community_level = 'COMMUNITY'),
    constraint fk_regional_need_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_regional_need_urgency check (urgency in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    constraint ck_regional_need_raised_by check (raised_by_kind in ('RESIDENT', 'COMMUNITY'))
);

create index ix_regional_need_community on regional_need (community_id, raised_on);

-- 资源清单: what a unit offers, with its availability (a date span and a text)
create table regional_resource (
    id              bigserial     primary key,
    unit_id         bigint        not null references resident_unit (id),
    type            varchar(16)   not null,
    category        varchar(32)   not null references service_category (code),
    description     varchar(1000) not null,
    available_from  date,
    available_to    date,
    availability    varchar(200),
    withdrawn_on    date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    constraint ck_regional_resource_type check (type in ('VENUE', 'EXPERTISE', 'VOLUNTEERS', 'MONEY',
        'EQUIPMENT', 'OTHER')),
    constraint ck_regional_resource_span check (available_to is null or available_from is null
        or available_to >= available_from)
);

create index ix_regional_resource_unit on regional_resource (unit_id);

-- 项目清单: one need matched with one or more resources
create table regional_project (
    id             bigserial     primary key,
    need_id        bigint        not null references regional_need (id),
    name           varchar(200)  not null,
    origin         varchar(16)   not null,
    owner          varchar(100)  not null,
    deadline       date,
    status         varchar(16)   not null,
    outcome        varchar(2000),
    people_served  integer,
    done_on        date,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    constraint ck_regional_project_status check (status in ('PLANNED', 'ACTIVE', 'DONE', 'CANCELLED')),
    constraint ck_regional_project_origin check (origin in ('MATCH', 'UNIT_CLAIM', 'COMMUNITY_CLAIM')),
    constraint ck_regional_project_served check (people_served is null or people_served >= 0),
    constraint ck_regional_project_done check ((status = 'DONE') = (done_on is not null))
);

create index ix_regional_project_need on regional_project (need_id);

create table regional_project_resource (
    project_id   bigint  not null references regional_project (id),
    resource_id  bigint  not null references regional_resource (id),
    primary key (project_id, resource_id)
);

create index ix_regional_project_resource_resource on regional_project_resource (resource_id);
