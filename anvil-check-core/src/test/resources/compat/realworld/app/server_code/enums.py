# expect-min: 3.11
# expect: PY201 enum.StrEnum
from enum import StrEnum, auto


class Plan(StrEnum):
    FREE = auto()
    PRO = auto()
    TEAM = auto()


def monthly_price(plan):
    return {Plan.FREE: 0, Plan.PRO: 12, Plan.TEAM: 40}[Plan(plan)]


def describe(plan):
    return plan.upper() + " plan"
