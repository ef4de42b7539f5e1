import datetime

import anvil.email
import anvil.secrets
import anvil.server
import anvil.users
from anvil.tables import app_tables

from . import pricing


@anvil.server.callable(require_user=True)
def list_open_orders():
    customer = app_tables.customers.get(email=anvil.users.get_user()["email"])
    return [
        {"number": o["number"], "total": o["total"]}
        for o in app_tables.orders.search(customer=customer, paid=False)
    ]


@anvil.server.callable
def place_order(customer_email, skus):
    customer = app_tables.customers.get(email=customer_email)
    products = [app_tables.products.get(sku=s) for s in skus]
    lines = [pricing.Line(p["sku"], pricing.Decimal(str(p["price"]))) for p in products]
    if (count := len(app_tables.orders.search(customer=customer))) > 0:
        print(f"{count=} earlier orders")
    number = len(app_tables.orders.search()) + 1
    app_tables.orders.add_row(number=number, customer=customer, products=products,
                              placed_on=datetime.date.today(), paid=False,
                              total=float(pricing.total_with_vat(lines)))
    return number


@anvil.server.callable("charge_order")
def charge(number):
    api_key = anvil.secrets.get_secret("stripe_api_key")
    order = app_tables.orders.get(number=number)
    order["paid"] = bool(api_key)
    return order["paid"]


@anvil.server.background_task
def send_overdue_reminders():
    for order in app_tables.orders.search(paid=False):
        anvil.email.send(to=order["customer"]["email"], subject="Payment reminder",
                         text=f"Order {order['number']} is still open.")
