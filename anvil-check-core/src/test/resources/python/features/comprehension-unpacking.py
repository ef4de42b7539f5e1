flat = [*xs for xs in lists]
