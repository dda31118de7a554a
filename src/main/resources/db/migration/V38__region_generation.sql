-- A counter that moves with every change of the region tree (a region added, renamed, recoded, moved or
-- removed). The application keeps what its region look-ups found across requests while the counter stands
-- still, and reads the counter once per page instead of the regions. Each move takes a new value of a
-- sequence, so a change rolled back with its transaction never leaves a value that comes again.
create sequence region_generation_seq;

create table region_generation (
    id          int    not null,
    generation  bigint not null,
    constraint pk_region_generation primary key (id),
    constraint ck_region_generation_one check (id = 1)
);

insert into region_generation (id, generation) values (1, 0);

create function region_generation_move() returns trigger language plpgsql as $$
begin
    update region_generation set generation = nextval('region_generation_seq') where id = 1;
    return null;
end
$$;

create trigger tg_region_generation after insert or update or delete or truncate on region
    for each statement execute function region_generation_move();
