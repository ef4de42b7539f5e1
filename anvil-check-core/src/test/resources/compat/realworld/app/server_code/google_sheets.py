# expect-min: 3.0
# expect: none
import anvil.server
import anvil.google.sheets
from anvil.google.drive import app_files


@anvil.server.callable
def read_budget():
    sheet = app_files.budget["Summary"]
    rows = []
    for r in sheet.rows:
        rows.append({"category": r["category"], "planned": float(r["planned"] or 0)})
    return sorted(rows, key=lambda r: -r["planned"])
