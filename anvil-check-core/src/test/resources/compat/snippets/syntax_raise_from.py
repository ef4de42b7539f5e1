raise ValueError() from None
