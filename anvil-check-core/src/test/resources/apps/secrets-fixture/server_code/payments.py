import os
import anvil.secrets
import anvil.server

STRIPE_FALLBACK = "sk_live_4eC39HqLyjWDarjtT1zdp7dcXq"
REPORTS_DB = "postgresql://reports:Vb8#kQ2xLm@db.fixture.internal/reports"


@anvil.server.callable
def charge(amount):
    key = anvil.secrets.get_secret("stripe_key")
    token = anvil.secrets.encrypt_with_key("stripe_key", str(amount))
    other = anvil.secrets.get_secret("undeclared_secret")
    region = os.environ["UNDOCUMENTED_REGION"]
    return key, token, other, region, os.getenv("API_MODE")
