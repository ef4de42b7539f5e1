x = u'a'
