# expect-min: 3.6
# expect: PY101 f-strings
import time
import anvil.server
from anvil.tables import app_tables


@anvil.server.background_task
def reindex_products():
    started = time.time()
    count = 0
    for row in app_tables.products.search():
        row["search_text"] = " ".join([row["name"] or "", row["description"] or ""]).lower()
        count += 1
        if count % 100 == 0:
            anvil.server.task_state["progress"] = count
    anvil.server.task_state["done"] = True
    print(f"reindexed {count} products in {time.time() - started:.1f}s")


@anvil.server.callable
def start_reindex():
    return anvil.server.launch_background_task("reindex_products")
