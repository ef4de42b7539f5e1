# expect-min: 3.1
# expect: PY201 collections.Counter
from collections import Counter
import anvil.server
from anvil.tables import app_tables


@anvil.server.callable
def top_tags(n=10):
    counts = Counter()
    for post in app_tables.posts.search():
        counts.update(t.strip().lower() for t in (post["tags"] or "").split(","))
    counts.pop("", None)
    return counts.most_common(n)
