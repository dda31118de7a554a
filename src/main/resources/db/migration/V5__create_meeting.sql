-- Organizational life (组织生活): "three meetings and one lesson" (三会一课) and the other required
-- meetings, their attendance and resolutions, the requirements as data, and the compliance summaries.

-- A member belongs to a branch and, optionally, to one of its Party groups; the branch committee
-- (支部委员会) is the members holding a committee role.
alter table party_member
    add column party_group_id bigint,
    add column committee_role varchar(16),
    add constraint fk_party_member_group foreign key (party_group_id) references party_org (id),
    add constraint ck_party_member_committee_role check (committee_role in
        ('SECRETARY', 'DEPUTY_SECRETARY', 'ORGANIZATION', 'PROPAGANDA', 'DISCIPLINE', 'MEMBER'));
create index ix_party_member_group on party_member (party_group_id) where party_group_id is not null;

-- What each kind of organization must hold, per period (domain-rules.md §2), editable within bounds.
create table meeting_requirement (
    id             bigserial    primary key,
    meeting_type   varchar(32)  not null,
    frequency      varchar(8)   not null,
    min_count      int          not null,
    min_allowed    int          not null,
    max_allowed    int          not null,
    org_types      text[]       not null,
    condition      varchar(16)  not null default 'ALWAYS',
    effective_from date         not null,
    effective_to   date,
    source         varchar(200) not null,
    version        bigint       not null default 0,
    constraint ck_meeting_requirement_frequency check (frequency in ('MONTH', 'QUARTER', 'YEAR')),
    constraint ck_meeting_requirement_condition check (condition in ('ALWAYS', 'HAS_COMMITTEE')),
    constraint ck_meeting_requirement_bounds check (min_allowed >= 0 and min_allowed <= min_count
        and min_count <= max_allowed),
    constraint ck_meeting_requirement_dates check (effective_to is null or effective_to >= effective_from)
);

insert into meeting_requirement (meeting_type, frequency, min_count, min_allowed, max_allowed, org_types, condition,
                                 effective_from, source) values
    ('MEMBERS_ASSEMBLY', 'QUARTER', 1, 1, 3, '{BRANCH,JOINT_BRANCH,TEMPORARY_BRANCH}', 'ALWAYS', '2018-10-28',
     'Branch Regs Art. 11: members'' meeting generally once a quarter'),
    ('BRANCH_COMMITTEE', 'MONTH', 1, 1, 4, '{BRANCH,JOINT_BRANCH,TEMPORARY_BRANCH}', 'HAS_COMMITTEE', '2018-10-28',
     'Branch Regs Art. 12: committee meeting generally once a month'),
    ('PARTY_GROUP_MEETING', 'MONTH', 1, 1, 4, '{PARTY_GROUP}', 'ALWAYS', '2018-10-28',
     'Branch Regs Art. 13: Party group meeting generally once a month'),
    ('PARTY_LESSON', 'QUARTER', 1, 1, 3, '{BRANCH,JOINT_BRANCH,TEMPORARY_BRANCH}', 'ALWAYS', '2018-10-28',
     'Branch Regs Art. 15 (no national frequency; common local rule once a quarter)'),
    ('THEME_DAY', 'MONTH', 1, 1, 2, '{BRANCH,JOINT_BRANCH,TEMPORARY_BRANCH}', 'ALWAYS', '2018-10-28',
     'Branch Regs Art. 16: theme Party day on a fixed day each month'),
    ('LIFE_MEETING', 'YEAR', 1, 1, 2, '{BRANCH,JOINT_BRANCH,TEMPORARY_BRANCH}', 'ALWAYS', '2018-10-28',
     'Branch Regs Art. 17: organizational life meeting at least once a year'),
    ('DEMOCRATIC_APPRAISAL', 'YEAR', 1, 1, 1, '{BRANCH,JOINT_BRANCH,TEMPORARY_BRANCH}', 'ALWAYS', '2018-10-28',
     'Branch Regs Art. 19: democratic appraisal of members generally once a year');

create table meeting (
    id                  bigserial    primary key,
    party_org_id        bigint       not null,
    type                varchar(32)  not null,
    held_on             date         not null,
    start_time          time,
    end_time            time,
    place               varchar(120),
    chair_member_id     bigint,
    recorder_member_id  bigint,
    topic               varchar(200) not null,
    lecturer_member_id  bigint,
    lecture_title       varchar(200),
    agenda              text,
    minutes             text,
    guests              varchar(500),
    election            boolean      not null default false,
    deleted_at          timestamptz,
    created_by          varchar(50)  not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint fk_meeting_org foreign key (party_org_id) references party_org (id),
    constraint fk_meeting_chair foreign key (chair_member_id) references party_member (id),
    constraint fk_meeting_recorder foreign key (recorder_member_id) references party_member (id),
    constraint fk_meeting_lecturer foreign key (lecturer_member_id) references party_member (id),
    constraint ck_meeting_type check (type in ('MEMBERS_ASSEMBLY', 'BRANCH_COMMITTEE', 'PARTY_GROUP_MEETING',
        'PARTY_LESSON', 'THEME_DAY', 'LIFE_MEETING', 'DEMOCRATIC_APPRAISAL', 'HEART_TALK')),
    constraint ck_meeting_times check (end_time is null or start_time is null or end_time >= start_time)
);

create index ix_meeting_org_type_held on meeting (party_org_id, type, held_on) where deleted_at is null;
create index ix_meeting_org_held on meeting (party_org_id, held_on);

create table meeting_resolution (
    id            bigserial    primary key,
    meeting_id    bigint       not null,
    position      int          not null,
    text          varchar(500) not null,
    votes_for     int          not null default 0,
    votes_against int          not null default 0,
    votes_abstain int          not null default 0,
    constraint fk_meeting_resolution_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint ck_meeting_resolution_votes check (votes_for >= 0 and votes_against >= 0 and votes_abstain >= 0)
);

create index ix_meeting_resolution_meeting on meeting_resolution (meeting_id);

-- voting is fixed when the meeting is recorded: probationary members attend without a vote
create table meeting_attendance (
    meeting_id bigint       not null,
    member_id  bigint       not null,
    status     varchar(16)  not null,
    voting     boolean      not null,
    reason     varchar(200),
    constraint pk_meeting_attendance primary key (meeting_id, member_id),
    constraint fk_meeting_attendance_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint fk_meeting_attendance_member foreign key (member_id) references party_member (id),
    constraint ck_meeting_attendance_status check (status in ('PRESENT', 'ABSENT', 'EXCUSED'))
);

create index ix_meeting_attendance_member on meeting_attendance (member_id);

-- One row per organization × requirement × period it is required in: expected and held counts.
-- Written in the same transaction as every meeting write; rebuilt from the raw records on demand.
create table org_period_status (
    party_org_id   bigint not null,
    requirement_id bigint not null,
    period_start   date   not null,
    period_end     date   not null,
    expected       int    not null,
    held           int    not null,
    constraint pk_org_period_status primary key (party_org_id, requirement_id, period_start),
    constraint fk_org_period_status_org foreign key (party_org_id) references party_org (id),
    constraint fk_org_period_status_requirement foreign key (requirement_id) references meeting_requirement (id)
);

create index ix_org_period_status_period on org_period_status (requirement_id, period_start);

-- Per region where organizations sit (a community, or a street for its directly attached ones) ×
-- requirement × period: how many organizations were required and how many met the requirement.
-- Street, district and city figures are sums of these rows at read time.
create table compliance_rollup (
    region_id      bigint       not null,
    requirement_id bigint       not null,
    period_start   date         not null,
    period_end     date         not null,
    region_path    varchar(200) not null,
    district_id    bigint,
    street_id      bigint,
    community_id   bigint,
    required       int          not null,
    done           int          not null,
    constraint pk_compliance_rollup primary key (region_id, requirement_id, period_start),
    constraint fk_compliance_rollup_region foreign key (region_id) references region (id),
    constraint fk_compliance_rollup_requirement foreign key (requirement_id) references meeting_requirement (id)
);

create index ix_compliance_rollup_path on compliance_rollup (period_start, region_path text_pattern_ops);

-- the period of a frequency that contains a day
create function period_start(frequency varchar, day date) returns date language sql immutable as $$
    select date_trunc(case frequency when 'MONTH' then 'month' when 'QUARTER' then 'quarter' else 'year' end,
                      day)::date
$$;

create function period_end(frequency varchar, start date) returns date language sql immutable as $$
    select (start + case frequency when 'MONTH' then interval '1 month' when 'QUARTER' then interval '3 months'
                                  else interval '1 year' end - interval '1 day')::date
$$;
