-- The day the current periods of every organization were last opened (daily, at start-up, by a full
-- rebuild), so that a restart on a day they are already open does not derive them all again: at city
-- scale (54,000 organizations) that took two minutes of the database at every start.
create table compliance_opened (
    id        int  not null default 1,
    opened_on date not null,
    constraint pk_compliance_opened primary key (id),
    constraint ck_compliance_opened_one check (id = 1)
);
