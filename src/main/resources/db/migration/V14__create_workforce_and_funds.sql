-- The community worker team (社区工作者队伍): one row per person in one role in one community for a
-- span of days. Leaving sets end_on; rows are never deleted, so the roster keeps its history. A person
-- is a member of the system (member_id, the name copied when saved) or a name only.
create table community_worker (
    id               bigserial    primary key,
    community_id     bigint       not null,
    community_level  varchar(16)  not null default 'COMMUNITY',
    member_id        bigint,
    name             varchar(50)  not null,
    role             varchar(24)  not null,
    full_time        boolean      not null,
    birth_year       integer      not null,
    education        varchar(24)  not null,
    start_on         date         not null,
    end_on           date,
    certificate      varchar(16)  not null default 'NONE',
    dispatching_unit varchar(100),
    term_end_on      date,
    note             varchar(500),
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    constraint ck_community_worker_level check (community_level = 'COMMUNITY'),
    constraint fk_community_worker_community foreign key (community_id, community_level)
        references region (id, level),
    constraint fk_community_worker_member foreign key (member_id) references party_member (id),
    constraint ck_community_worker_role check (role in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER',
        'PARTY_WORKER', 'COMMUNITY_WORKER', 'FIRST_SECRETARY', 'INSTRUCTOR')),
    constraint ck_community_worker_education check (education in ('PRIMARY', 'JUNIOR_SECONDARY',
        'SENIOR_SECONDARY', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE')),
    constraint ck_community_worker_certificate check (certificate in ('NONE', 'ASSISTANT', 'INTERMEDIATE',
        'SENIOR')),
    constraint ck_community_worker_birth_year check (birth_year between 1900 and 2100),
    constraint ck_community_worker_dates check (end_on is null or end_on >= start_on),
    constraint ck_community_worker_first_secretary check (role <> 'FIRST_SECRETARY'
        or (dispatching_unit is not null and term_end_on is not null))
);

-- one serving secretary per community: at most one open-ended SECRETARY row (the service also refuses
-- overlapping dated spans)
create unique index uk_community_worker_secretary on community_worker (community_id)
    where role = 'SECRETARY' and end_on is null;
create index ix_community_worker_community on community_worker (community_id, role);
create index ix_community_worker_member on community_worker (member_id);

-- Funds (有钱办事): a community's budget for a year, one line per category and source
create table fund_budget (
    id               bigserial     primary key,
    community_id     bigint        not null,
    community_level  varchar(16)   not null default 'COMMUNITY',
    year             integer       not null,
    category         varchar(24)   not null,
    source           varchar(16)   not null,
    amount           numeric(14,2) not null,
    note             varchar(200),
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    constraint ck_fund_budget_level check (community_level = 'COMMUNITY'),
    constraint fk_fund_budget_community foreign key (community_id, community_level) references region (id, level),
    constraint ck_fund_budget_category check (category in ('WORK', 'PARTY_BUILDING', 'MASSES', 'PAY')),
    constraint ck_fund_budget_source check (source in ('DISTRICT', 'STREET', 'SOCIAL')),
    constraint ck_fund_budget_amount check (amount > 0),
    constraint ck_fund_budget_year check (year between 2000 and 2100),
    constraint uk_fund_budget_line unique (community_id, year, category, source)
);

-- what a community spent, one entry per payment; the year is the year of spent_on. Spending in a
-- category without a budget line that year is kept and flagged on the pages, never refused.
create table fund_spending (
    id               bigserial     primary key,
    community_id     bigint        not null,
    community_level  varchar(16)   not null default 'COMMUNITY',
    spent_on         date          not null,
    category         varchar(24)   not null,
    amount           numeric(14,2) not null,
    purpose          varchar(200)  not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    constraint ck_fund_spending_level check (community_level = 'COMMUNITY'),
    constraint fk_fund_spending_community foreign key (community_id, community_level)
        references region (id, level),
    constraint ck_fund_spending_category check (category in ('WORK', 'PARTY_BUILDING', 'MASSES', 'PAY')),
    constraint ck_fund_spending_amount check (amount > 0)
);

create index ix_fund_spending_community on fund_spending (community_id, spent_on);
