x = f"abc{y}
