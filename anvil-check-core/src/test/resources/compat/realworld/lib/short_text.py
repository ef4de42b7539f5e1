# expect-min: 3.4
# expect: PY202 textwrap.TextWrapper(max_lines=)
import textwrap


def preview(text, width=60, lines=2):
    wrapper = textwrap.TextWrapper(width=width, max_lines=lines, placeholder=" [...]")
    return wrapper.fill(text)


def indent_block(text, prefix="    "):
    return "\n".join(prefix + line for line in text.splitlines())
