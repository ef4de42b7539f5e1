# expect-min: 3.9
# expect: PY201 functools.cache
import functools
from anvil.tables import app_tables


@functools.cache
def country_names():
    return {r["code"]: r["name"] for r in app_tables.countries.search()}


@functools.lru_cache(maxsize=256)
def vat_rate(country_code):
    row = app_tables.vat_rates.get(code=country_code)
    return row["rate"] if row else 0.0


def clear():
    country_names.cache_clear()
    vat_rate.cache_clear()
