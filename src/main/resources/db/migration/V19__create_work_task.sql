-- Work tasks issued down the chain (工作任务): the city, a district or a street issues a task; each
-- addressee (a region one or more levels below, or a Party organization) gets its own recipient row
-- with its own status, notes and evidence. The issuer is a region or, for a task forwarded by an
-- organization, an organization; a forwarded task keeps the task and the recipient row it came from.
create table work_task (
    id                   bigserial     primary key,
    title                varchar(200)  not null,
    content              varchar(4000) not null,
    deadline             date          not null,
    priority             varchar(16)   not null,
    evidence_kind        varchar(16)   not null,
    issuer_region_id     bigint,
    issuer_org_id        bigint,
    parent_task_id       bigint,
    parent_recipient_id  bigint,
    created_by           varchar(100)  not null,
    created_at           timestamptz   not null default now(),
    version              bigint        not null default 0,
    constraint ck_work_task_priority check (priority in ('NORMAL', 'IMPORTANT', 'URGENT')),
    constraint ck_work_task_evidence_kind check (evidence_kind in ('TEXT', 'NUMBER', 'RECORD')),
    constraint ck_work_task_issuer check ((issuer_region_id is null) <> (issuer_org_id is null)),
    constraint fk_work_task_issuer_region foreign key (issuer_region_id) references region (id),
    constraint fk_work_task_issuer_org foreign key (issuer_org_id) references party_org (id),
    constraint fk_work_task_parent foreign key (parent_task_id) references work_task (id)
);

create index ix_work_task_issuer_region on work_task (issuer_region_id);
create index ix_work_task_issuer_org on work_task (issuer_org_id);
create index ix_work_task_parent on work_task (parent_task_id);

-- one row per addressee; SENT -> ACKNOWLEDGED -> IN_PROGRESS -> COMPLETED; the evidence of the
-- task's kind is kept on completion (a number, a text, or a meeting of the recipient's scope)
create table work_task_recipient (
    id                   bigserial     primary key,
    task_id              bigint        not null,
    region_id            bigint,
    org_id               bigint,
    status               varchar(16)   not null default 'SENT',
    acknowledged_at      timestamptz,
    completed_at         timestamptz,
    completed_by         varchar(100),
    evidence_text        varchar(2000),
    evidence_number      numeric(14, 2),
    evidence_meeting_id  bigint,
    version              bigint        not null default 0,
    constraint ck_work_task_recipient_status check (status in ('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS', 'COMPLETED')),
    constraint ck_work_task_recipient_node check ((region_id is null) <> (org_id is null)),
    constraint fk_work_task_recipient_task foreign key (task_id) references work_task (id),
    constraint fk_work_task_recipient_region foreign key (region_id) references region (id),
    constraint fk_work_task_recipient_org foreign key (org_id) references party_org (id),
    constraint fk_work_task_recipient_meeting foreign key (evidence_meeting_id) references meeting (id),
    constraint uk_work_task_recipient_region unique (task_id, region_id),
    constraint uk_work_task_recipient_org unique (task_id, org_id)
);

create index ix_work_task_recipient_task on work_task_recipient (task_id, id);
create index ix_work_task_recipient_region on work_task_recipient (region_id) where region_id is not null;
create index ix_work_task_recipient_org on work_task_recipient (org_id) where org_id is not null;

alter table work_task add constraint fk_work_task_parent_recipient
    foreign key (parent_recipient_id) references work_task_recipient (id);

-- progress notes of one recipient, newest last
create table work_task_note (
    id            bigserial     primary key,
    recipient_id  bigint        not null,
    note          varchar(1000) not null,
    written_at    timestamptz   not null default now(),
    written_by    varchar(100)  not null,
    constraint fk_work_task_note_recipient foreign key (recipient_id) references work_task_recipient (id)
);

create index ix_work_task_note_recipient on work_task_note (recipient_id, id);
