-- Every foreign key that points at a Party member gets an index on its referencing side. Without
-- one, PostgreSQL checks each removed or re-keyed member by scanning the whole referencing table
-- (for meetings: three scans of every meeting per member), and "meetings this member chaired,
-- recorded or taught" has no access path either.
create index ix_meeting_chair on meeting (chair_member_id) where chair_member_id is not null;
create index ix_meeting_recorder on meeting (recorder_member_id) where recorder_member_id is not null;
create index ix_meeting_lecturer on meeting (lecturer_member_id) where lecturer_member_id is not null;
create index ix_party_org_secretary on party_org (secretary_id) where secretary_id is not null;
create index ix_member_transfer_member on member_transfer (member_id);
create index ix_floating_inflow_member on floating_inflow (member_id) where member_id is not null;
create index ix_volunteer_member on volunteer (member_id) where member_id is not null;
create index ix_new_org_instructor on new_org (instructor_member_id) where instructor_member_id is not null;
-- the unique index on paid months covers only months not voided; the key check needs them all
create index ix_dues_payment_month_member on dues_payment_month (member_id, month);
