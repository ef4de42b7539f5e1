# anvil: target-version=3.9
print "hello"
