# expect-min: 3.6
# expect: PY101 f-strings
import pytest

from lib.money import allocate, to_money


@pytest.mark.parametrize("total,ratios,expected", [
    ("10.00", [1, 1], ["5.00", "5.00"]),
    ("10.00", [1, 2], ["3.34", "6.66"]),
])
def test_allocate(total, ratios, expected):
    parts = allocate(total, ratios)
    assert [str(p) for p in parts] == expected, f"{parts!r}"


def test_to_money_rounds():
    assert str(to_money(2.675)) == "2.68"


def test_negative():
    with pytest.raises(ZeroDivisionError):
        allocate("1.00", [0])
