# expect-min: 3.6
# expect: PY101 f-strings
import anvil.server
from anvil.tables import app_tables


@anvil.server.route("/products/:sku")
def product_page(sku, **params):
    row = app_tables.products.get(sku=sku)
    if row is None:
        return anvil.server.HttpResponse(404, "not found")
    return anvil.server.HttpResponse(200, f"<h1>{row['name']}</h1>", headers={"Content-Type": "text/html"})


@anvil.server.http_endpoint("/health")
def health(**params):
    return {"ok": True}
