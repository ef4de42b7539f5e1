x = str(y).removesuffix('a')
