x = f'{a}'
