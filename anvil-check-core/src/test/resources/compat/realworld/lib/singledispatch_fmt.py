# expect-min: 3.4
# expect: PY201 functools.singledispatch
from functools import singledispatch
from datetime import date, datetime
from decimal import Decimal


@singledispatch
def to_json(value):
    return value


@to_json.register(datetime)
def _(value):
    return value.strftime("%Y-%m-%dT%H:%M:%S")


@to_json.register(date)
def _(value):
    return value.isoformat()


@to_json.register(set)
def _(value):
    return sorted(to_json(v) for v in value)
