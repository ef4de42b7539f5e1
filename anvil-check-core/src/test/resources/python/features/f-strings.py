x = f"{y}"
