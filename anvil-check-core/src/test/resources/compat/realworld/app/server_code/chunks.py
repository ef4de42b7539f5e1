# expect-min: 3.12
# expect: PY201 itertools.batched
from itertools import batched
import anvil.server
from anvil.tables import app_tables


@anvil.server.background_task
def send_in_batches(user_ids):
    sent = 0
    for batch in batched(user_ids, 50):
        rows = [app_tables.users.get_by_id(i) for i in batch]
        anvil.server.call("bulk_notify", [r["email"] for r in rows if r])
        sent += len(batch)
    return sent
