x = breakpoint()
