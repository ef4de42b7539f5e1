# anvil: target-version=2.7
exec "x = 1" in ns
y = `x`
if a <> b:
    raise E, "v"
z = 0777 + 10L
s = ur"abc"
try:
    pass
except E, e:
    pass
