# expect-min: 3.8
# expect: PY201 math.prod
# expect: PY201 math.isqrt
from decimal import Decimal, ROUND_HALF_UP
import math

VAT = Decimal("0.20")


def line_total(qty, unit_price, discounts=()):
    factor = math.prod(1 - Decimal(d) for d in discounts) if discounts else 1
    return (qty * unit_price * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def invoice_total(lines):
    net = sum(line_total(*line) for line in lines)
    return net, (net * VAT).quantize(Decimal("0.01"))


def grid_size(count):
    side = math.isqrt(count)
    return side if side * side == count else side + 1
