# expect-min: 3.0
# expect: none
# (importing anvil.secrets in client code is the secrets check's SE303, not a compatibility finding)
import anvil.secrets


def api_key():
    return anvil.secrets.get_secret("api_key")


def has_key():
    try:
        return bool(api_key())
    except Exception:
        return False
