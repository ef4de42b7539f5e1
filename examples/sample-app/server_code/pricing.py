"""Order pricing: plain Python with no anvil imports, so the tests can run it anywhere."""
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

VAT_RATE = Decimal("0.20")


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: Decimal
    quantity: int = 1


def subtotal(lines):
    return sum((line.unit_price * line.quantity for line in lines), Decimal("0"))


def total_with_vat(lines, rate=VAT_RATE):
    gross = subtotal(lines) * (1 + rate)
    return gross.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def discount_for(order_count: int) -> Decimal:
    match order_count:
        case 0:
            return Decimal("0")
        case n if n < 10:
            return Decimal("0.05")
        case _:
            return Decimal("0.10")
