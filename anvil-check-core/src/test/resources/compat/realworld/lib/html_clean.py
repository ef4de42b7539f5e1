# expect-min: 3.4
# expect: PY201 html.unescape
import html
import re

TAG = re.compile(r"<[^>]+>")


def strip_tags(markup):
    return html.unescape(TAG.sub("", markup)).strip()


def excerpt(markup, n=100):
    text = strip_tags(markup)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "..."
