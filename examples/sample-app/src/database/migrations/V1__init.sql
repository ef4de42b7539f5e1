-- Reporting tables kept beside the mirror of the app's Data Tables.
create schema if not exists reporting;

create table if not exists reporting.daily_sales (
    day date primary key,
    orders integer not null default 0,
    revenue numeric(12, 2) not null default 0
);
