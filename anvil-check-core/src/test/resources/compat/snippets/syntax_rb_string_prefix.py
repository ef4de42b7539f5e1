x = rb'a'
