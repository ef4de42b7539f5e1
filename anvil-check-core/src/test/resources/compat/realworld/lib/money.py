# expect-min: 3.0
# expect: none
from decimal import Decimal, ROUND_HALF_EVEN

CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_EVEN)


def allocate(total, ratios):
    total = to_money(total)
    weights = sum(ratios)
    parts = [to_money(total * r / weights) for r in ratios]
    parts[0] += total - sum(parts)
    return parts
