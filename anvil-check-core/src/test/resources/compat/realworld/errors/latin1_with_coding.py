# expect-min: 3.0
# -*- coding: latin-1 -*-
# expect: none
PRICES = {
    "café": 2.50,
    "thé": 1.80,
}


def price(item):
    return PRICES.get(item, 0)


TOTAL = sum(PRICES.values())
