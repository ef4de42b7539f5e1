create or replace view reporting.recent_sales as
    select day, orders, revenue
    from reporting.daily_sales
    where day > current_date - 30;
