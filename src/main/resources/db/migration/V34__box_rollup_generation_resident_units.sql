-- The upper level pages keep more of what they show with the box roll-up rows they read (see
-- KeptBoxes), so more statements move box_rollup_generation.
-- The resident units' total (units, units reported, reports awaiting receipt), instead of counting
-- every unit and report of the subtree on every page (most of the city page's time in the database):
-- every statement on the units and their reports moves the mark.
-- The members' figures and the dues, development and grid figures per child region, added up from
-- community_rollup, need no trigger of their own: community_rollup is written only by the roll-up's
-- refreshes and rebuild, which write community_box_rollup after it in the same transaction, and that
-- statement moves the mark (statement triggers fire even when no row changed). A trigger on
-- community_rollup itself would take the mark's lock before the box rows' locks, the other order from a
-- region's deletion, which takes both tables' rows first: the two could deadlock.
create trigger tg_resident_unit_box_rollup_generation after insert or update or delete or truncate
    on resident_unit for each statement execute function box_rollup_generation_move();
create trigger tg_unit_report_box_rollup_generation after insert or update or delete or truncate
    on unit_report for each statement execute function box_rollup_generation_move();
