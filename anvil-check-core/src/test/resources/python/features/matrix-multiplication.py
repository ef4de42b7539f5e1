c = a @ b
