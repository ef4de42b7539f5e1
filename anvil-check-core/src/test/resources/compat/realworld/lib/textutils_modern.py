# expect-min: 3.9
# expect: PY201 str.removesuffix
DEFAULT_NAME = "notes.txt.bak".removesuffix(".bak")


def clean_filename(name):
    for ext in (".tmp", ".bak"):
        name = name.removesuffix(ext)
    return name


def strip_scheme(url):
    return url.removeprefix("https://").removeprefix("http://")


def banner(text):
    return "=== {} ===".format(text).removesuffix(" ===")


def tidy(s):
    return "  padded  ".strip() + s.removesuffix("\n")
