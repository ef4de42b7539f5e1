x = f'{a}'.removeprefix('a')
