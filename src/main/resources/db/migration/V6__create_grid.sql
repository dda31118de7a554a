-- The grid tree under each community: GRID → BUILDING → UNIT (网格 → 楼栋 → 单元). Households and
-- residents are counted, never stored as people. As for region levels (V1), the composite foreign key
-- carries the parent's kind and the check allows only the kind one level up; a second composite key
-- keeps a child in its parent's community, so a building can never hang under another community's grid.
create table grid_node (
    id               bigserial    primary key,
    community_id     bigint       not null,
    community_level  varchar(16)  not null default 'COMMUNITY',
    kind             varchar(16)  not null,
    parent_id        bigint,
    parent_kind      varchar(16),
    name             varchar(100) not null,
    address          varchar(200),
    households       integer      not null default 0,
    residents        integer      not null default 0,
    notes            varchar(1000),
    party_org_id     bigint,
    closed_on        date,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    constraint uk_grid_node_id_kind unique (id, kind),
    constraint uk_grid_node_id_community unique (id, community_id),
    constraint ck_grid_node_kind check (kind in ('GRID', 'BUILDING', 'UNIT')),
    constraint ck_grid_node_community_level check (community_level = 'COMMUNITY'),
    constraint fk_grid_node_community foreign key (community_id, community_level) references region (id, level),
    constraint fk_grid_node_parent_kind foreign key (parent_id, parent_kind) references grid_node (id, kind),
    constraint fk_grid_node_parent_community foreign key (parent_id, community_id)
        references grid_node (id, community_id),
    constraint fk_grid_node_party_org foreign key (party_org_id) references party_org (id),
    constraint ck_grid_node_parent_kind check (
        (kind = 'GRID' and parent_id is null and parent_kind is null)
        or (kind = 'BUILDING' and parent_id is not null and parent_kind = 'GRID')
        or (kind = 'UNIT' and parent_id is not null and parent_kind = 'BUILDING')),
    constraint ck_grid_node_households check (households >= 0),
    constraint ck_grid_node_residents check (residents >= 0)
);

create index ix_grid_node_community on grid_node (community_id, kind);
create index ix_grid_node_parent on grid_node (parent_id);
create index ix_grid_node_party_org on grid_node (party_org_id);

-- who is responsible for a node, from a day to a day (end_on null: still serving); rows are never
-- deleted, an assignment ends, so the roster keeps its history
create table grid_cadre (
    id              bigserial    primary key,
    grid_node_id    bigint       not null,
    role            varchar(24)  not null,
    member_id       bigint,
    resident_name   varchar(50),
    resident_phone  varchar(20),
    households      integer,
    start_on        date         not null,
    end_on          date,
    note            varchar(500),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    constraint fk_grid_cadre_node foreign key (grid_node_id) references grid_node (id),
    constraint fk_grid_cadre_member foreign key (member_id) references party_member (id),
    constraint ck_grid_cadre_role check (role in ('GRID_LEADER', 'GRID_WORKER', 'BUILDING_LEADER', 'UNIT_LEADER',
        'CENTRAL_HOUSEHOLD')),
    constraint ck_grid_cadre_person check (member_id is not null or resident_name is not null),
    constraint ck_grid_cadre_dates check (end_on is null or end_on >= start_on),
    constraint ck_grid_cadre_households check (households is null or households >= 0)
);

create index ix_grid_cadre_node on grid_cadre (grid_node_id, role);
create index ix_grid_cadre_member on grid_cadre (member_id);
