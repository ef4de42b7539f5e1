# expect-min: 3.0
# expect: none
import csv
import io
import anvil.server
import anvil.media
from anvil.tables import app_tables

COLUMNS = ["name", "email", "signed_up", "plan"]


@anvil.server.callable
def export_users_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for user in app_tables.users.search():
        writer.writerow([user[c] for c in COLUMNS])
    data = buf.getvalue().encode("utf-8")
    return anvil.BlobMedia("text/csv", data, name="users.csv")
