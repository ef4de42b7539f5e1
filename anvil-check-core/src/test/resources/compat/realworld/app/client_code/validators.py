# expect-min: 3.0
# expect: none
import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")
POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)


def validate_email(value):
    if not value:
        return "Email is required"
    if not EMAIL.match(value):
        return "That does not look like an email address"
    return None


def validate_postcode(value):
    return None if POSTCODE.match(value or "") else "Invalid postcode"


def first_error(*checks):
    for msg in checks:
        if msg:
            return msg
    return None
