t = (1, 2)
print("%s" % (t,))
