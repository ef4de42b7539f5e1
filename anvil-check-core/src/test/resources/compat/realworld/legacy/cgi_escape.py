# expect-min: 3.0
# expect-max: 3.7
# expect: PY302 cgi.escape
import cgi


def render_row(cells):
    return "<tr>" + "".join("<td>%s</td>" % cgi.escape(str(c)) for c in cells) + "</tr>"


def render_table(rows):
    return "<table>\n" + "\n".join(render_row(r) for r in rows) + "\n</table>"
