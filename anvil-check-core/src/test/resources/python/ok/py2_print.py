# anvil: target-version=2.7
print "hello", x
print >>sys.stderr, "err"
print
print x,
