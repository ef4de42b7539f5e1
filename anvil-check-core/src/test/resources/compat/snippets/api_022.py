x = b'ab'.hex()
