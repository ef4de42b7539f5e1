import anvil.secrets
import anvil.server
from anvil.tables import app_tables


@anvil.server.callable(require_user=True)
def save_preferences(preferences: dict) -> None:
    user = anvil.server.session.get("user")
    customer = app_tables.customers.get(account_manager=user)
    sealed = anvil.secrets.encrypt_with_key("pii_key", str(preferences))
    customer["preferences"] = {"sealed": sealed}
