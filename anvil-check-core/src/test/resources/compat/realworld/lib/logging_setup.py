# expect-min: 3.8
# expect: PY202 logging.basicConfig(force=)
import logging
import sys


def setup(level="INFO", fmt="%(asctime)s %(name)s %(levelname)s %(message)s"):
    logging.basicConfig(stream=sys.stderr, level=level, format=fmt, force=True)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return logging.getLogger("app")


def quiet(*names):
    for n in names:
        logging.getLogger(n).setLevel(logging.ERROR)
