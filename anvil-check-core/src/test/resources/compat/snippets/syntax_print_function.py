print('x', end='')
