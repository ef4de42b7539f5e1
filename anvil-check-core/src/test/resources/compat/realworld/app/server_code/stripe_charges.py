# expect-min: 3.0
# expect: none
import anvil.server
import anvil.stripe
import anvil.users
from anvil.tables import app_tables


@anvil.server.callable(require_user=True)
def charge(token, amount_pence, description):
    user = anvil.users.get_user()
    customer = anvil.stripe.new_customer(user["email"], token)
    result = customer.charge(amount=amount_pence, currency="GBP", description=description)
    app_tables.payments.add_row(user=user, amount=amount_pence, charge_id=result["id"])
    return result["id"]
