-- The grid figures of the level pages, per community, next to its member figures: the city page adds
-- up a few thousand rows instead of walking 100,000 grid nodes and their cadres. The figures are those
-- of the grid feature (its gap and total statements, counted per community) as of computed_on: a cadre's
-- service starts and ends with the day, so these rows are refreshed with the others (queued, outdated,
-- daily). A community with grid nodes and no organization gets a row of its own.
alter table community_rollup
    add column grids                int not null default 0,
    add column grids_no_leader      int not null default 0,
    add column grids_no_org         int not null default 0,
    add column buildings            int not null default 0,
    add column buildings_no_leader  int not null default 0,
    add column units_no_leader      int not null default 0,
    add column cadres_left          int not null default 0,
    add column grids_with_org       int not null default 0,
    add column buildings_with_leader int not null default 0;

-- A node opened, moved, linked or closed marks its community (statement-level, once per community).
create function rollup_mark_grid_nodes() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_dirty (region_id) select distinct community_id from new_rows;
    elsif tg_op = 'DELETE' then
        insert into rollup_dirty (region_id) select distinct community_id from old_rows;
    else
        insert into rollup_dirty (region_id)
        select community_id from old_rows union select community_id from new_rows;
    end if;
    return null;
end
$$;

create trigger tg_grid_node_rollup_insert after insert on grid_node
    referencing new table as new_rows for each statement execute function rollup_mark_grid_nodes();
create trigger tg_grid_node_rollup_update after update on grid_node
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_grid_nodes();
create trigger tg_grid_node_rollup_delete after delete on grid_node
    referencing old table as old_rows for each statement execute function rollup_mark_grid_nodes();

-- A cadre appointed, ended or corrected marks the community of the node.
create function rollup_mark_grid_cadres() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into rollup_dirty (region_id)
        select distinct n.community_id from grid_node n where n.id in (select grid_node_id from old_rows);
    else
        insert into rollup_dirty (region_id)
        select distinct n.community_id from grid_node n where n.id in (select grid_node_id from new_rows);
    end if;
    return null;
end
$$;

create trigger tg_grid_cadre_rollup_insert after insert on grid_cadre
    referencing new table as new_rows for each statement execute function rollup_mark_grid_cadres();
create trigger tg_grid_cadre_rollup_update after update on grid_cadre
    referencing new table as new_rows for each statement execute function rollup_mark_grid_cadres();
create trigger tg_grid_cadre_rollup_delete after delete on grid_cadre
    referencing old table as old_rows for each statement execute function rollup_mark_grid_cadres();

-- A cadre who leaves the Party, moves to an organization elsewhere or moves house may have left the
-- community of the nodes they serve: their status, organization or residence marks those communities.
create function rollup_mark_cadre_members() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id)
    select distinct n.community_id from grid_cadre k join grid_node n on n.id = k.grid_node_id
    where k.member_id in (
        select a.id from old_rows b join new_rows a on a.id = b.id
        where (a.status, a.party_org_id, a.residence_community_id)
              is distinct from (b.status, b.party_org_id, b.residence_community_id));
    return null;
end
$$;

create trigger tg_party_member_rollup_cadres after update on party_member
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_cadre_members();

-- An organization moving to another community changes where its members who serve as cadres belong.
create function rollup_mark_cadre_orgs() returns trigger language plpgsql as $$
begin
    insert into rollup_dirty (region_id)
    select distinct n.community_id from grid_cadre k join grid_node n on n.id = k.grid_node_id
    join party_member m on m.id = k.member_id
    where m.party_org_id in (
        select a.id from old_rows b join new_rows a on a.id = b.id
        where a.community_id is distinct from b.community_id);
    return null;
end
$$;

create trigger tg_party_org_rollup_cadres after update on party_org
    referencing old table as old_rows new table as new_rows for each statement execute function rollup_mark_cadre_orgs();

-- an existing database computes the grid figures of every community with grid nodes
insert into rollup_dirty (region_id) select distinct community_id from grid_node;
