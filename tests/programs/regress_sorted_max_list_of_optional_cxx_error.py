choice = [None, 5, 3]
used = [choice[1], choice[2]]
print(sorted(used), max(used))
