-- A name searched across a city or district (LIKE '%text%' over a million people). The search is
-- read as two disjoint parts, merged in name order:
--
-- (a) names starting with the text: a range of this index, read in order and stopped after a page.
-- LIKE 'text%' reads a range only under the C collation (a linguistic or C.UTF-8 default does not
-- qualify); ordered by code point, as the embedded database's C.UTF-8 orders anyway.
create index ix_party_member_name_c_id on party_member (name collate "C", id) include (party_org_id, status);
-- (b) names holding the text further on: the characters after the first, as an array, so a GIN
-- index finds the names holding every character of the text (rechecked with the LIKE). Chinese names
-- are two or three characters, too short for trigrams.
create index ix_party_member_name_tail_chars on party_member using gin (string_to_array(substr(name, 2), null));
-- The planner needs the statistics of the new expression (how often each character is held) to
-- choose, for a text held by many names, reading the first index in order over the GIN index.
analyze party_member;
