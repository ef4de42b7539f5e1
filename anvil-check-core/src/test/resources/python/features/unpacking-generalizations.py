f(*a, *b)
