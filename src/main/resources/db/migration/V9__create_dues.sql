-- Party dues (党费, domain-rules.md §4): the dated income base of each member, hardship reductions
-- with their approval, and payments with the months they cover. Months are stored as the first day
-- of the month. Nothing is deleted: a base is superseded by a later row, a payment is voided with a
-- reason, a reduction is decided once.

-- 党费基数: from its effective month a member pays by this category and monthly base (after-tax wage
-- or pension; none for the categories that pay a fixed amount). ANNUAL rows set the year's amount,
-- CHANGE rows (income or category changed in the year) apply from their month and need a reason.
create table dues_base (
    id               bigserial     primary key,
    member_id        bigint        not null references party_member (id),
    effective_month  date          not null,
    category         varchar(16)   not null,
    monthly_base     numeric(12,2),
    kind             varchar(8)    not null,
    note             varchar(500),
    recorded_by      varchar(50)   not null,
    recorded_at      timestamptz   not null default now(),
    constraint ck_dues_base_month check (extract(day from effective_month) = 1),
    constraint ck_dues_base_category check (category in ('IN_SERVICE', 'RETIRED', 'FARMER', 'STUDENT',
        'UNEMPLOYED', 'RELIEF')),
    constraint ck_dues_base_kind check (kind in ('ANNUAL', 'CHANGE')),
    constraint ck_dues_base_amount check (
        (category in ('IN_SERVICE', 'RETIRED') and monthly_base is not null and monthly_base > 0)
        or (category not in ('IN_SERVICE', 'RETIRED') and monthly_base is null)),
    constraint ck_dues_base_reason check (kind = 'ANNUAL' or note is not null)
);

create index ix_dues_base_member on dues_base (member_id, effective_month, id);

-- 困难党员少交或免交: the branch asks, the level above decides; only APPROVED rows change what is owed
-- (monthly_amount 0: exempt).
create table dues_reduction (
    id              bigserial     primary key,
    member_id       bigint        not null references party_member (id),
    from_month      date          not null,
    to_month        date          not null,
    monthly_amount  numeric(10,2) not null,
    reason          varchar(500)  not null,
    status          varchar(10)   not null default 'PENDING',
    requested_by    varchar(50)   not null,
    requested_at    timestamptz   not null default now(),
    decided_by      varchar(50),
    decided_at      timestamptz,
    decision_note   varchar(500),
    version         bigint        not null default 0,
    constraint ck_dues_reduction_months check (extract(day from from_month) = 1 and extract(day from to_month) = 1
        and to_month >= from_month),
    constraint ck_dues_reduction_amount check (monthly_amount >= 0),
    constraint ck_dues_reduction_status check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint ck_dues_reduction_decided check ((status = 'PENDING') = (decided_by is null))
);

create index ix_dues_reduction_member on dues_reduction (member_id, from_month);
create index ix_dues_reduction_pending on dues_reduction (status) where status = 'PENDING';

-- 党费缴纳: one payment covers consecutive months; the amount is what those months owe, a voluntary
-- extra (自愿多交) is kept apart (one of 1,000 yuan or more goes to the Centre). A mistaken payment is
-- voided with a reason, and a correction may name the payment it replaces.
create table dues_payment (
    id             bigserial     primary key,
    member_id      bigint        not null references party_member (id),
    from_month     date          not null,
    to_month       date          not null,
    amount         numeric(10,2) not null,
    extra_amount   numeric(10,2) not null default 0,
    method         varchar(16)   not null,
    paid_on        date          not null,
    note           varchar(500),
    recorded_by    varchar(50)   not null,
    recorded_at    timestamptz   not null default now(),
    replaces_id    bigint        references dues_payment (id),
    voided_at      timestamptz,
    voided_by      varchar(50),
    void_reason    varchar(500),
    version        bigint        not null default 0,
    constraint ck_dues_payment_months check (extract(day from from_month) = 1 and extract(day from to_month) = 1
        and to_month >= from_month),
    constraint ck_dues_payment_amounts check (amount >= 0 and extra_amount >= 0),
    constraint ck_dues_payment_method check (method in ('CASH', 'BANK_TRANSFER', 'WECHAT', 'ALIPAY', 'OTHER')),
    constraint ck_dues_payment_void check ((voided_at is null) = (void_reason is null)
        and (voided_at is null) = (voided_by is null))
);

create index ix_dues_payment_member on dues_payment (member_id, from_month);
create index ix_dues_payment_paid_on on dues_payment (paid_on);

-- the months a payment covers, each with what it owed then; a month is paid at most once while its
-- payment stands (the partial unique index), and voiding a payment frees its months
create table dues_payment_month (
    payment_id  bigint        not null references dues_payment (id),
    member_id   bigint        not null references party_member (id),
    month       date          not null,
    amount      numeric(10,2) not null,
    voided      boolean       not null default false,
    primary key (payment_id, month),
    constraint ck_dues_payment_month_day check (extract(day from month) = 1),
    constraint ck_dues_payment_month_amount check (amount >= 0)
);

create unique index uk_dues_payment_month_paid on dues_payment_month (member_id, month) where not voided;
create index ix_dues_payment_month_month on dues_payment_month (month) where not voided;
