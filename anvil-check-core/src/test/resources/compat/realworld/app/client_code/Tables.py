# expect-min: 3.0
# expect: none
from anvil.tables import app_tables
import anvil.tables.query as q


def visible_notes(owner):
    return app_tables.notes.search(q.all_of(owner=owner, archived=False))


def grouped(rows, key):
    groups = {}
    for r in rows:
        groups.setdefault(r[key], []).append(r)
    return sorted(groups.items())
