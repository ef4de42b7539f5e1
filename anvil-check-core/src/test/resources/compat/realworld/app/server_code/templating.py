# expect-min: 3.2
# expect: PY201 html.escape
from string import Template
import html

EMAIL_TEMPLATE = Template("""<p>Hi $name,</p>
<p>Your order <b>$order</b> has shipped.</p>
""")


def render(name, order):
    return EMAIL_TEMPLATE.substitute(name=html.escape(name), order=html.escape(order))
