import os

import anvil.secrets
import anvil.server

# Planted: a hard-coded live Stripe key (fake) that belongs in App Secrets.
STRIPE_KEY = "sk_live_51HbQx2KfTq8Wm3Rz7Yc4Nv9Pd6Lg0Ja"


@anvil.server.callable
def invoice_total(lines):
    return sum(line["amount"] for line in lines)


@anvil.server.callable
def charge(invoice_id):
    key = anvil.secrets.get_secret("stripe_secret")
    mailer = os.environ["MAILGUN_API_KEY"]
    return bool(key and mailer and invoice_id)
