# expect-min: 3.0
# expect: none
import re
import unicodedata

_WS = re.compile(r"\s+")


def normalize_space(text):
    return _WS.sub(" ", text).strip()


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def truncate(text, width, ellipsis="..."):
    if len(text) <= width:
        return text
    return text[: max(0, width - len(ellipsis))].rstrip() + ellipsis


def title_case(text, small=("a", "an", "the", "of", "and", "or", "in")):
    words = text.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))
