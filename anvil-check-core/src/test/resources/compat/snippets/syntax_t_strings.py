x = t'{a}'
