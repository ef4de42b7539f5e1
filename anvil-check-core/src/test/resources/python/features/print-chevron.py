import sys
print >>sys.stderr, "warning:", 42
print >>sys.stderr
