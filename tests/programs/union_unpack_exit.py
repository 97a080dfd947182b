# Unpacking a value of several types that holds an int at run time: CPython's TypeError.
def lookup(table, key):
    if key in table:
        return (key, table[key])
    return 0


table = {3: 9, 4: 16}
for k in [3, 4, 5]:
    key, value = lookup(table, k)
    print(key, value)
