# expect-min: 3.8
# expect: PY101 walrus
import csv
import io
import anvil.server
from anvil.tables import app_tables


@anvil.server.callable
def import_products(media):
    text = media.get_bytes().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    added = skipped = 0
    for rec in reader:
        if not (sku := rec.get("sku", "").strip()):
            skipped += 1
            continue
        price = float(rec.get("price") or 0)
        app_tables.products.add_row(sku=sku, name=rec.get("name"), price=price)
        added += 1
    return {"added": added, "skipped": skipped}
