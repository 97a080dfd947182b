counter = 10
def bump():
    global counter
    counter += 100
    return 1

counter += bump()
print(counter)        # CPython 11

arr = [1, 2]
def touch():
    arr[0] = 50
    return 5
arr[0] += touch()
print(arr)            # CPython [6, 2]
