# expect-min: 3.0
# expect: none
import logging
import anvil.server
from anvil.tables import app_tables
from datetime import datetime

log = logging.getLogger(__name__)


def audit(action, **details):
    user = anvil.server.session.get("user_email", "anonymous")
    app_tables.audit.add_row(when=datetime.now(), who=user, action=action, details=details)
    log.info("audit %s by %s: %r", action, user, details)


@anvil.server.callable
def recent_audit(limit=50):
    rows = app_tables.audit.search()
    rows = sorted(rows, key=lambda r: r["when"], reverse=True)
    return [{"when": r["when"], "who": r["who"], "action": r["action"]} for r in rows[:limit]]
