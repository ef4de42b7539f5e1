x = str.removeprefix(s, 'a')
