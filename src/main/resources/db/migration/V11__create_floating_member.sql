-- Mobile members (流动党员, domain-rules.md §6). An outflow is a member of an organization here who is
-- away while the relationship stays here; its contacts are kept in floating_contact, and the last
-- one drives the out-of-contact flag. An inflow is a member from elsewhere taking part here; the
-- link to a member record of the system is kept, never the ID number.

create table floating_outflow (
    id                 bigserial    primary key,
    member_id          bigint       not null,
    destination        varchar(100) not null,
    host_org_id        bigint,
    reason             varchar(12)  not null,
    since              date         not null,
    phone              varchar(20),
    other_contact      varchar(100),
    expected_return_on date,
    cert_number        varchar(40),
    cert_issued_on     date,
    cert_status        varchar(20),
    last_review_on     date,
    returned_on        date,
    returned_by        varchar(50),
    decision_on        date,
    decision_text      varchar(500),
    decided_by         varchar(50),
    created_by         varchar(50)  not null,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    constraint fk_floating_outflow_member foreign key (member_id) references party_member (id),
    constraint fk_floating_outflow_host foreign key (host_org_id) references party_org (id),
    constraint ck_floating_outflow_reason check (reason in ('WORK', 'STUDY', 'BUSINESS', 'OTHER')),
    constraint ck_floating_outflow_cert_status check (cert_status in ('ISSUED', 'REGISTERED_AT_HOST', 'RETURNED')),
    constraint ck_floating_outflow_cert check ((cert_number is null) = (cert_status is null)
        and (cert_number is null or cert_issued_on is not null)),
    constraint ck_floating_outflow_expected check (expected_return_on is null or expected_return_on >= since),
    constraint ck_floating_outflow_returned check (returned_on is null or returned_on >= since),
    constraint ck_floating_outflow_decision check ((decision_on is null) = (decision_text is null))
);

-- one open outflow per member
create unique index uk_floating_outflow_open on floating_outflow (member_id) where returned_on is null;
create index ix_floating_outflow_member on floating_outflow (member_id, since);

create table floating_contact (
    id          bigserial    primary key,
    outflow_id  bigint       not null,
    contact_on  date         not null,
    way         varchar(12)  not null,
    note        varchar(500),
    recorded_by varchar(50)  not null,
    created_at  timestamptz  not null default now(),
    constraint fk_floating_contact_outflow foreign key (outflow_id) references floating_outflow (id),
    constraint ck_floating_contact_way check (way in ('PHONE', 'WECHAT', 'VISIT', 'LETTER', 'OTHER'))
);

create index ix_floating_contact_outflow on floating_contact (outflow_id, contact_on);

create table floating_inflow (
    id            bigserial    primary key,
    name          varchar(50)  not null,
    phone         varchar(20),
    home_org_name varchar(100) not null,
    home_place    varchar(100),
    since         date         not null,
    host_org_id   bigint       not null,
    cert_number   varchar(40),
    member_id     bigint,
    note          varchar(500),
    ended_on      date,
    ended_by      varchar(50),
    created_by    varchar(50)  not null,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    constraint fk_floating_inflow_host foreign key (host_org_id) references party_org (id),
    constraint fk_floating_inflow_member foreign key (member_id) references party_member (id),
    constraint ck_floating_inflow_ended check (ended_on is null or ended_on >= since)
);

-- one open inflow per linked member record
create unique index uk_floating_inflow_open on floating_inflow (member_id) where ended_on is null and member_id is not null;
create index ix_floating_inflow_host on floating_inflow (host_org_id, ended_on);
