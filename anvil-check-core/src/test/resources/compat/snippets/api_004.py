from math import prod as p
p([1])
