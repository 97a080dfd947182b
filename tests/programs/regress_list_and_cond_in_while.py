stack = [5, 3]
while stack and stack[-1] < 4:
    stack.pop()
print(stack)
