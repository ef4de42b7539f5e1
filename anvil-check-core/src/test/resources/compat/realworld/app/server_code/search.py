# expect-min: 3.9
# expect: PY201 str.removeprefix
import anvil.server
from anvil.tables import app_tables
import anvil.tables.query as q


@anvil.server.callable
def search_products(text):
    text = text.strip()
    if text.startswith("sku:"):
        sku = text.removeprefix("sku:").strip()
        return [dict(r) for r in app_tables.products.search(sku=sku)]
    return [dict(r) for r in app_tables.products.search(name=q.ilike("%" + text + "%"))]
