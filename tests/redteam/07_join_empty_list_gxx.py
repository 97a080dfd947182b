print("-".join([]) + "|")
