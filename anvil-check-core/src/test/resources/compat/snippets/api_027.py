x = anext(it)
