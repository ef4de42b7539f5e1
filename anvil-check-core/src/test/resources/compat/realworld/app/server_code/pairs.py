# expect-min: 3.10
# expect: PY201 itertools.pairwise
from itertools import pairwise
import anvil.server
from anvil.tables import app_tables


@anvil.server.callable
def price_changes(sku):
    history = sorted(app_tables.prices.search(sku=sku), key=lambda r: r["date"])
    changes = []
    for prev, cur in pairwise(history):
        if cur["price"] != prev["price"]:
            changes.append({"date": cur["date"], "from": prev["price"], "to": cur["price"]})
    return changes
