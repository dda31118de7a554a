-- Transfers of organizational relationship (组织关系转接): within the system (sending organization →
-- receiving organization), out of the system and into it. The member's organization changes only
-- on receipt; the dated steps stay on the row.

-- a member whose relationship left the system by letter is no longer kept here
alter table party_member drop constraint ck_party_member_status;
alter table party_member add constraint ck_party_member_status check (status in ('APPLICANT', 'ACTIVIST',
    'CANDIDATE', 'PROBATIONARY', 'FULL', 'PROBATION_CANCELLED', 'NOT_APPROVED', 'MEMBERSHIP_SUSPENDED',
    'REMOVED_SELF_LAPSED', 'PERSUADED_TO_WITHDRAW', 'WITHDRAWN', 'EXPELLED', 'DECEASED', 'TRANSFERRED_OUT'));

create table member_transfer (
    id              bigserial    primary key,
    member_id       bigint       not null,
    kind            varchar(8)   not null,
    from_org_id     bigint,
    to_org_id       bigint,
    other_side      varchar(100),
    letter_number   varchar(40),
    dues_paid_until varchar(7),
    issued_on       date         not null,
    valid_until     date         not null,
    state           varchar(12)  not null,
    return_reason   varchar(500),
    created_by      varchar(50)  not null,
    sent_on         date,
    sent_by         varchar(50),
    received_on     date,
    received_by     varchar(50),
    returned_on     date,
    returned_by     varchar(50),
    cancelled_on    date,
    cancelled_by    varchar(50),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    constraint fk_member_transfer_member foreign key (member_id) references party_member (id),
    constraint fk_member_transfer_from foreign key (from_org_id) references party_org (id),
    constraint fk_member_transfer_to foreign key (to_org_id) references party_org (id),
    constraint ck_member_transfer_kind check (kind in ('WITHIN', 'OUT', 'IN')),
    constraint ck_member_transfer_state check (state in ('DRAFT', 'SENT', 'RECEIVED', 'RETURNED', 'EXPIRED',
        'CANCELLED')),
    constraint ck_member_transfer_sides check (
        (kind = 'WITHIN' and from_org_id is not null and to_org_id is not null and from_org_id <> to_org_id)
        or (kind = 'OUT' and from_org_id is not null and to_org_id is null and other_side is not null)
        or (kind = 'IN' and from_org_id is null and to_org_id is not null and other_side is not null)),
    constraint ck_member_transfer_dates check (valid_until >= issued_on),
    constraint ck_member_transfer_dues check (dues_paid_until is null or dues_paid_until ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);

-- one open transfer (draft or sent) per member at a time
create unique index uk_member_transfer_open on member_transfer (member_id) where state in ('DRAFT', 'SENT');
create index ix_member_transfer_from on member_transfer (from_org_id, state);
create index ix_member_transfer_to on member_transfer (to_org_id, state);
