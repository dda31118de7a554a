-- Every level page shows, per child region, the work tasks open, due soon and overdue, the transfers in
-- transit and the mobile members; a community's page lists its organizations with their members and the
-- units reported to it. These are kept with the box roll-up rows the page reads (see KeptBoxes), instead
-- of being counted from the records on every page: PostgreSQL planned their statements anew on every
-- page, about a third of its time on a level page. Every statement on the tasks, their recipients, the
-- transfers and the mobile members' records moves the mark, and so does every statement writing an
-- organization's name, category or parent (its place in the list; the units show its name).
-- What else they depend on moves it already: members written and an organization's seat, type, closing,
-- committee or term queue their regions (V16), whose refresh writes community_box_rollup (V33); a region
-- renamed or moved moves it (V33); the units and reports move it (V34); the day, the settings and the
-- language are part of what a kept value is kept for.
create trigger tg_work_task_box_rollup_generation after insert or update or delete or truncate
    on work_task for each statement execute function box_rollup_generation_move();
create trigger tg_work_task_recipient_box_rollup_generation after insert or update or delete or truncate
    on work_task_recipient for each statement execute function box_rollup_generation_move();
create trigger tg_member_transfer_box_rollup_generation after insert or update or delete or truncate
    on member_transfer for each statement execute function box_rollup_generation_move();
create trigger tg_floating_outflow_box_rollup_generation after insert or update or delete or truncate
    on floating_outflow for each statement execute function box_rollup_generation_move();
create trigger tg_floating_contact_box_rollup_generation after insert or update or delete or truncate
    on floating_contact for each statement execute function box_rollup_generation_move();
create trigger tg_floating_inflow_box_rollup_generation after insert or update or delete or truncate
    on floating_inflow for each statement execute function box_rollup_generation_move();
create trigger tg_party_org_box_rollup_generation after update of name, category, parent_id
    on party_org for each statement execute function box_rollup_generation_move();
