# Draining a stack one pop too many raises IndexError (exit status 1).
stack = [1, 2, 3]
stack.append(4)
total = 0
for i in range(6):
    v = stack.pop()
    total += v
    print("popped", v, "remaining", stack, "total", total)
print("never printed")
