-- Party members and people on the way to membership. The ID number (身份证号) is stored only
-- encrypted (AES-GCM), with a keyed hash for uniqueness and exact lookup, its masked form for
-- display and its last four characters for suffix search.
create table party_member (
    id                      bigserial    primary key,
    name                    varchar(50)  not null,
    gender                  varchar(8)   not null,
    ethnicity               varchar(24)  not null,
    birth_date              date         not null,
    id_number_cipher        bytea        not null,
    id_number_hash          varchar(64)  not null,
    id_number_masked        varchar(18)  not null,
    id_number_tail          varchar(4)   not null,
    phone                   varchar(20),
    education               varchar(24)  not null,
    occupation              varchar(24)  not null,
    status                  varchar(32)  not null,
    party_org_id            bigint       not null,
    residence_community_id  bigint,
    work_unit               varchar(120),
    applied_on              date,
    activist_on             date,
    candidate_on            date,
    admitted_on             date,
    full_member_on          date,
    left_on                 date,
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    constraint fk_party_member_org foreign key (party_org_id) references party_org (id),
    constraint fk_party_member_residence foreign key (residence_community_id) references region (id),
    constraint ck_party_member_gender check (gender in ('MALE', 'FEMALE')),
    constraint ck_party_member_status check (status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY',
        'FULL', 'PROBATION_CANCELLED', 'NOT_APPROVED', 'MEMBERSHIP_SUSPENDED', 'REMOVED_SELF_LAPSED',
        'PERSUADED_TO_WITHDRAW', 'WITHDRAWN', 'EXPELLED', 'DECEASED')),
    constraint ck_party_member_tail check (char_length(id_number_tail) = 4)
);

-- unique among current members: people who left may come back with the same ID number
create unique index uk_party_member_id_hash_current on party_member (id_number_hash)
    where status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'MEMBERSHIP_SUSPENDED');
create index ix_party_member_id_hash on party_member (id_number_hash);
create index ix_party_member_org_status on party_member (party_org_id, status);
create index ix_party_member_org_name on party_member (party_org_id, name);
create index ix_party_member_tail on party_member (id_number_tail, party_org_id);
create index ix_party_member_name on party_member (name varchar_pattern_ops);

alter table party_org add constraint fk_party_org_secretary foreign key (secretary_id) references party_member (id);

-- every change of organization or status, with its date and who recorded it
create table member_history (
    id           bigserial    primary key,
    member_id    bigint       not null,
    kind         varchar(16)  not null,
    from_org_id  bigint,
    to_org_id    bigint,
    from_status  varchar(32),
    to_status    varchar(32),
    effective_on date         not null,
    note         varchar(200),
    recorded_by  varchar(50)  not null,
    recorded_at  timestamptz  not null default now(),
    constraint fk_member_history_member foreign key (member_id) references party_member (id),
    constraint fk_member_history_from_org foreign key (from_org_id) references party_org (id),
    constraint fk_member_history_to_org foreign key (to_org_id) references party_org (id),
    constraint ck_member_history_kind check (kind in ('JOINED', 'ORG', 'STATUS'))
);

create index ix_member_history_member on member_history (member_id, recorded_at);
