-- personal access tokens for the read API: only the SHA-256 of a token is kept, never the token
create table api_token (
    id           bigserial    primary key,
    user_id      bigint       not null,
    name         varchar(60)  not null,
    token_hash   varchar(64)  not null,
    token_hint   varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_on   date,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0,
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_user foreign key (user_id) references app_user (id)
);

create index ix_api_token_user on api_token (user_id, created_at desc);
