# expect-min: 3.6
# expect: PY101 f-strings
import json
import zipfile
import io
from datetime import date
import anvil.server
import anvil.media
from anvil.tables import app_tables

TABLES = ["customers", "orders", "products"]


@anvil.server.callable
def backup_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in TABLES:
            rows = [dict(r) for r in getattr(app_tables, name).search()]
            zf.writestr(f"{name}.json", json.dumps(rows, default=str, indent=1))
    return anvil.BlobMedia("application/zip", buf.getvalue(), name=f"backup-{date.today()}.zip")
