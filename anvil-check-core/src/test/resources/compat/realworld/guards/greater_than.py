# expect-min: 3.8
# expect: PY201 importlib.metadata
# (sys.version_info > (3, 7) is already true on 3.7.0, which has no importlib.metadata)
import sys

if sys.version_info > (3, 7):
    from importlib import metadata
else:
    metadata = None


def version(name):
    if metadata is None:
        return "unknown"
    return metadata.version(name)
