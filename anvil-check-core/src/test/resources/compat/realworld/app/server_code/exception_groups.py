# expect-min: 3.11
# expect: PY101 except-star
import anvil.server


def validate(record):
    errors = []
    if not record.get("email"):
        errors.append(ValueError("email missing"))
    if record.get("age", 0) < 0:
        errors.append(ValueError("age negative"))
    if errors:
        raise ExceptionGroup("invalid record", errors)


@anvil.server.callable
def check(record):
    try:
        validate(record)
    except* ValueError as eg:
        return [str(e) for e in eg.exceptions]
    return []
