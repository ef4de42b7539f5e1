# expect-min: 3.3
# expect: PY201 FileNotFoundError
# (the OSError subclasses of PEP 3151 are new in 3.3)
import json
import os


def read_json(path, default=None):
    try:
        with open(path) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return default
    except PermissionError:
        os.chmod(path, 0o644)
        raise


def remove(path):
    try:
        os.remove(path)
    except (FileNotFoundError, IsADirectoryError):
        return False
    return True
