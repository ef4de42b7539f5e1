x = t"Hello {name}"
