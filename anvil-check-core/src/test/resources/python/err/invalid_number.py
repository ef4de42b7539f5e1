x = 1abc
y = 0b12
z = 1__0
