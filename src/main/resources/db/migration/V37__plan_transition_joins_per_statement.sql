-- The roll-up triggers that compare a statement's old and new rows (V16, V18, V22, V25, V27) joined the
-- two transition tables in a query PL/pgSQL plans once per connection and keeps. Planned for a
-- statement of a few rows, the join stayed a nested loop: on the same connection, a later statement
-- of 10,000 rows compared every old row with every new one (3 minutes for 10,000 people changing
-- status). EXECUTE plans the join for each statement, with the transition tables' real sizes.

create or replace function rollup_mark_members() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (select party_org_id from new_rows);
    elsif tg_op = 'DELETE' then
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (select party_org_id from old_rows);
    else
        execute $q$
        insert into rollup_dirty (region_id)
        select distinct o.region_id from party_org o where o.id in (
            select b.party_org_id from old_rows b join new_rows a on a.id = b.id
            where a.party_org_id is distinct from b.party_org_id or a.status is distinct from b.status
            union
            select a.party_org_id from old_rows b join new_rows a on a.id = b.id
            where a.party_org_id is distinct from b.party_org_id or a.status is distinct from b.status)
        $q$;
    end if;
    return null;
end
$$;

create or replace function rollup_mark_orgs() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_dirty (region_id) select distinct region_id from new_rows;
    elsif tg_op = 'DELETE' then
        insert into rollup_dirty (region_id) select distinct region_id from old_rows;
    else
        execute $q$
        insert into rollup_dirty (region_id)
        select b.region_id from old_rows b join new_rows a on a.id = b.id
        where (a.region_id, a.region_path, a.type, a.closed_on, a.has_committee, a.term_end)
              is distinct from (b.region_id, b.region_path, b.type, b.closed_on, b.has_committee, b.term_end)
        union
        select a.region_id from old_rows b join new_rows a on a.id = b.id
        where (a.region_id, a.region_path, a.type, a.closed_on, a.has_committee, a.term_end)
              is distinct from (b.region_id, b.region_path, b.type, b.closed_on, b.has_committee, b.term_end)
        $q$;
    end if;
    return null;
end
$$;

create or replace function rollup_mark_member_dates() returns trigger language plpgsql as $$
begin
    execute $q$
    insert into rollup_dirty (region_id)
    select distinct o.region_id from party_org o where o.id in (
        select a.party_org_id from old_rows b join new_rows a on a.id = b.id
        where (a.applied_on, a.activist_on, a.admitted_on, a.full_member_on)
              is distinct from (b.applied_on, b.activist_on, b.admitted_on, b.full_member_on))
    $q$;
    return null;
end
$$;

create or replace function rollup_mark_cadre_members() returns trigger language plpgsql as $$
begin
    execute $q$
    insert into rollup_dirty (region_id)
    select distinct n.community_id from grid_cadre k join grid_node n on n.id = k.grid_node_id
    where k.member_id in (
        select a.id from old_rows b join new_rows a on a.id = b.id
        where (a.status, a.party_org_id, a.residence_community_id)
              is distinct from (b.status, b.party_org_id, b.residence_community_id))
    $q$;
    return null;
end
$$;

create or replace function rollup_mark_cadre_orgs() returns trigger language plpgsql as $$
begin
    execute $q$
    insert into rollup_dirty (region_id)
    select distinct n.community_id from grid_cadre k join grid_node n on n.id = k.grid_node_id
    join party_member m on m.id = k.member_id
    where m.party_org_id in (
        select a.id from old_rows b join new_rows a on a.id = b.id
        where a.community_id is distinct from b.community_id)
    $q$;
    return null;
end
$$;

create or replace function rollup_mark_member_profile() returns trigger language plpgsql as $$
begin
    execute $q$
    insert into rollup_dirty (region_id)
    select distinct o.region_id from party_org o where o.id in (
        select a.party_org_id from old_rows b join new_rows a on a.id = b.id
        where (a.birth_date, a.education, a.occupation, a.gender)
              is distinct from (b.birth_date, b.education, b.occupation, b.gender))
    $q$;
    return null;
end
$$;

create or replace function rollup_mark_new_org_parties() returns trigger language plpgsql as $$
begin
    execute $q$
    insert into rollup_dirty (region_id)
    select distinct coalesce(n.community_id, n.street_id) from new_org n
    where n.party_org_id in (select a.id from old_rows b join new_rows a on a.id = b.id
                             where a.closed_on is distinct from b.closed_on)
    $q$;
    return null;
end
$$;
