x = unicode('a')
