# expect-min: 3.6
# expect: PY201 secrets
import secrets
import anvil.server
from datetime import datetime, timedelta
from anvil.tables import app_tables

TOKEN_TTL = timedelta(hours=12)


@anvil.server.callable
def new_api_token(label):
    token = secrets.token_urlsafe(32)
    app_tables.tokens.add_row(label=label, token=token, expires=datetime.now() + TOKEN_TTL)
    return token


def token_valid(token):
    row = app_tables.tokens.get(token=token)
    return row is not None and row["expires"] > datetime.now()
