x = 1
print(len(f"a\x00{x}"), len("{}\x00".format(x)))
