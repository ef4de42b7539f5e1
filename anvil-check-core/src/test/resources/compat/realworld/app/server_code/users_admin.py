# expect-min: 3.8
# expect: PY101 walrus
import anvil.server
import anvil.users
from anvil.tables import app_tables


def _require_admin():
    if (user := anvil.users.get_user()) is None or not user["admin"]:
        raise anvil.server.PermissionDenied("admins only")
    return user


@anvil.server.callable
def set_plan(email, plan):
    _require_admin()
    row = app_tables.users.get(email=email)
    if row is None:
        return False
    row["plan"] = plan
    return True


@anvil.server.callable
def count_users():
    _require_admin()
    return len(app_tables.users.search())
