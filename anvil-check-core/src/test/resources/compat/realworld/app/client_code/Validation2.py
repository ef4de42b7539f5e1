# expect-min: 3.9
# expect: PY201 str.removeprefix
PHONE_PREFIX = "+44"


def national(number):
    number = number.replace(" ", "")
    return "0" + number[len(PHONE_PREFIX):] if number.startswith(PHONE_PREFIX) else number


def clean_tag(tag):
    return "#weekly".removeprefix("#") if not tag else tag.strip("#")
