x = 'ab'.removeprefix('a')
