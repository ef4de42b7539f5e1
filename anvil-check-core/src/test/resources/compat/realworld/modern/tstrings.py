# expect-min: 3.14
# expect: PY101 t-strings
from string.templatelib import Template


def html(template: Template) -> str:
    parts = []
    for item in template:
        parts.append(item if isinstance(item, str) else str(item.value).replace("<", "&lt;"))
    return "".join(parts)


name = "<b>Ada</b>"
page = html(t"<p>Hello {name}</p>")
