raise ValueError from None
