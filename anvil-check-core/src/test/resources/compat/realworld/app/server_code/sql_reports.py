# expect-min: 3.0
# expect: none
import sqlite3
import anvil.server

SCHEMA = """
create table if not exists visits (day text, page text, hits integer)
"""


def _conn():
    conn = sqlite3.connect("/tmp/visits.db")
    conn.execute(SCHEMA)
    return conn


@anvil.server.callable
def top_pages(limit=10):
    with _conn() as conn:
        cur = conn.execute(
            "select page, sum(hits) from visits group by page order by 2 desc limit ?", (limit,)
        )
        return [{"page": p, "hits": h} for p, h in cur.fetchall()]
