# expect-min: 3.0
# expect: none
import sys

if sys.version_info >= (3, 9):
    from importlib.resources import files
else:
    from importlib_resources import files


def read_template(name):
    return files("myapp.templates").joinpath(name).read_text()
