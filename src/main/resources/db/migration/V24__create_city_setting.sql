-- City settings (市级设置): a value the city administrator saved on /settings for one of the
-- grassroots.* properties. A stored value overrides the configured property; no row means the
-- configured property (application.properties or the environment) holds. Versions come from one
-- sequence and are never reused, so every write raises the table's highest version: other instances
-- compare (row count, highest version) every few seconds and reload when it changed.
create sequence city_setting_version_seq;

create table city_setting (
    key        varchar(120) primary key,
    value      text         not null,
    version    bigint       not null default nextval('city_setting_version_seq'),
    updated_by varchar(50)  not null,
    updated_at timestamptz  not null default now()
);
