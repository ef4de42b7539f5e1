import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server_code"))

import pricing  # noqa: E402


def test_total_with_vat_rounds_half_up():
    lines = [pricing.Line("A", Decimal("10.00"), 2), pricing.Line("B", Decimal("0.125"))]
    assert pricing.total_with_vat(lines) == Decimal("24.15")


def test_subtotal_of_nothing_is_zero():
    assert pricing.subtotal([]) == Decimal("0")


def test_discounts_grow_with_loyalty():
    assert pricing.discount_for(0) == Decimal("0")
    assert pricing.discount_for(3) == Decimal("0.05")
    assert pricing.discount_for(12) == Decimal("0.10")
