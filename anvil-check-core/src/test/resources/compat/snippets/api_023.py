x = (5).bit_count()
