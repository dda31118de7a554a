-- 考核: an indicator tree per owner (the city or a district), year and assessed level (communities or
-- streets). Top-level indicators are groups or leaves; a group's children are leaves. A leaf either
-- computes its ratio from the records (a formula source) or is scored by hand with evidence. Only a
-- published tree scores, and an owner has at most one published tree per year and level.
create table assessment_tree (
    id               bigserial    primary key,
    owner_region_id  bigint       not null,
    year             int          not null,
    assessed_level   varchar(16)  not null,
    name             varchar(100) not null,
    published        boolean      not null default false,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint fk_assessment_tree_owner foreign key (owner_region_id) references region (id),
    constraint ck_assessment_tree_level check (assessed_level in ('COMMUNITY', 'STREET')),
    constraint ck_assessment_tree_year check (year between 2000 and 2100)
);

create index ix_assessment_tree_owner on assessment_tree (owner_region_id, year);
create unique index uk_assessment_tree_published on assessment_tree (owner_region_id, year, assessed_level)
    where published;

create table assessment_indicator (
    id          bigserial     primary key,
    tree_id     bigint        not null,
    parent_id   bigint,
    position    int           not null default 0,
    name        varchar(100)  not null,
    weight      numeric(5, 2) not null,
    source      varchar(24)   not null,
    target      numeric(10, 2),
    version     bigint        not null default 0,
    constraint fk_assessment_indicator_tree foreign key (tree_id) references assessment_tree (id),
    constraint fk_assessment_indicator_parent foreign key (parent_id) references assessment_indicator (id),
    constraint ck_assessment_indicator_weight check (weight >= 0 and weight <= 100),
    constraint ck_assessment_indicator_target check (target is null or target > 0),
    constraint ck_assessment_indicator_source check (source in ('GROUP', 'MEETING_COMPLIANCE', 'COVERAGE',
        'GRID_GAPS', 'SERVICE_REPORTING', 'SERVICE_HOURS', 'FUNDS_EXECUTION', 'READINESS', 'TASK_TIMELINESS',
        'MANUAL'))
);

create index ix_assessment_indicator_tree on assessment_indicator (tree_id, position);
create index ix_assessment_indicator_parent on assessment_indicator (parent_id);

-- a manual indicator's score for one assessed region, with the evidence it rests on
create table assessment_manual_score (
    id            bigserial     primary key,
    indicator_id  bigint        not null,
    region_id     bigint        not null,
    score         numeric(5, 2) not null,
    evidence      varchar(2000) not null,
    scored_by     varchar(100)  not null,
    scored_at     timestamptz   not null default now(),
    version       bigint        not null default 0,
    constraint fk_assessment_manual_score_indicator foreign key (indicator_id) references assessment_indicator (id),
    constraint fk_assessment_manual_score_region foreign key (region_id) references region (id),
    constraint uk_assessment_manual_score unique (indicator_id, region_id),
    constraint ck_assessment_manual_score check (score >= 0)
);

create index ix_assessment_manual_score_region on assessment_manual_score (region_id);
