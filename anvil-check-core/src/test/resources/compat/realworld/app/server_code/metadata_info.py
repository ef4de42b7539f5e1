# expect-min: 3.8
# expect: PY201 importlib.metadata
import anvil.server
from importlib import metadata


@anvil.server.callable
def package_versions(names):
    result = {}
    for name in names:
        try:
            result[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            result[name] = None
    return result
