-- Community access registry (社区准入): every task, inspection, meeting or report form a department
-- wants to place on communities is registered at the street, which approves or refuses it (a refusal
-- always with its reason) before it reaches a community. Only approved requests reach the communities
-- they name; the burden of a community is counted from its approved targets.
create table access_request (
    id              bigserial     primary key,
    street_id       bigint        not null,
    street_level    varchar(16)   not null default 'STREET',
    department      varchar(100)  not null,
    kind            varchar(16)   not null,
    title           varchar(200)  not null,
    description     varchar(2000),
    all_communities boolean       not null default false,
    requested_from  date          not null,
    requested_to    date,
    burden_hours    integer,
    basis           varchar(500),
    status          varchar(16)   not null default 'REGISTERED',
    registered_by   varchar(100)  not null,
    registered_at   timestamptz   not null default now(),
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_note   varchar(1000),
    version         bigint        not null default 0,
    constraint ck_access_request_level check (street_level = 'STREET'),
    constraint fk_access_request_street foreign key (street_id, street_level) references region (id, level),
    constraint ck_access_request_kind check (kind in ('TASK', 'INSPECTION', 'MEETING', 'REPORT_FORM')),
    constraint ck_access_request_status check (status in ('REGISTERED', 'APPROVED', 'REFUSED')),
    constraint ck_access_request_dates check (requested_to is null or requested_to >= requested_from),
    constraint ck_access_request_hours check (burden_hours is null or burden_hours >= 0),
    -- a decision names who and when; a refusal always carries its reason
    constraint ck_access_request_decided check ((status = 'REGISTERED') = (decided_at is null)
        and (decided_at is null) = (decided_by is null)),
    constraint ck_access_request_reason check (status <> 'REFUSED' or decision_note is not null)
);

create index ix_access_request_street on access_request (street_id, requested_from);

-- the communities a request is addressed to (all the street's communities when all_communities)
create table access_target (
    request_id      bigint        not null references access_request (id) on delete cascade,
    community_id    bigint        not null,
    community_level varchar(16)   not null default 'COMMUNITY',
    constraint pk_access_target primary key (request_id, community_id),
    constraint ck_access_target_level check (community_level = 'COMMUNITY'),
    constraint fk_access_target_community foreign key (community_id, community_level) references region (id, level)
);

create index ix_access_target_community on access_target (community_id, request_id);
