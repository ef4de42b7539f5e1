# expect-min: 3.0
# expect: none
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"[-\s]+")


def slugify(value, max_len=60):
    value = unicodedata.normalize("NFKD", str(value))
    value = value.encode("ascii", "ignore").decode("ascii")
    value = _NON_WORD.sub("", value).strip().lower()
    value = _SPACES.sub("-", value)
    return value[:max_len].rstrip("-")
