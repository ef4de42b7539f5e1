def pairs(items):
    seen = [(yield item) for item in items]
