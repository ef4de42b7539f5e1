# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 print-chevron
import sys


def warn(msg):
    print >>sys.stderr, "warning:", msg


def fail(msg):
    warn(msg)
    sys.exit(1)
