# expect-min: 3.6
# expect: PY101 f-strings
import anvil.email
import anvil.server
from anvil.tables import app_tables
from collections import defaultdict


@anvil.server.background_task
def send_weekly_digest():
    by_owner = defaultdict(list)
    for task in app_tables.tasks.search(done=False):
        by_owner[task["owner"]].append(task["title"])
    for owner, titles in by_owner.items():
        lines = "\n".join(f"- {t}" for t in sorted(titles))
        anvil.email.send(
            to=owner["email"],
            subject=f"You have {len(titles)} open tasks",
            text=f"Hello {owner['name']},\n\n{lines}\n",
        )
