-- Member search at city scale (a million people). The list is ordered by name and id; these give
-- each kind of search a path that reads only the rows of the page, not every row in scope.
--
-- Wide scopes (city, district) walk the names in order and check the organization from the index
-- alone, stopping after a page.
create index ix_party_member_name_id on party_member (name, id) include (party_org_id, status);
-- Narrow scopes (a street, a community, an organization) read the people of their organizations
-- from the index alone and sort them; this replaces (party_org_id, name).
create index ix_party_member_org_name_id on party_member (party_org_id, name, id) include (status);
drop index ix_party_member_org_name;
-- Who attended a meeting: the people an organization ever received (history rows naming it as the
-- organization moved to), read for every attendance list and meeting recorded.
create index ix_member_history_to_org on member_history (to_org_id);
