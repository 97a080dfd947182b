w = "hello"
print(max(w))
