# expect-min: 3.0
# expect: none
import anvil.server

try:
    import importlib.metadata as importlib_metadata
except ImportError:
    import importlib_metadata


@anvil.server.callable
def version_of(name):
    try:
        return importlib_metadata.version(name)
    except importlib_metadata.PackageNotFoundError:
        return None
