"""An input file that is not there: CPython's FileNotFoundError line, exit status 1."""
total = 0
for name in ["numbers.txt"]:
    print("reading", name)
    with open(name) as f:
        for line in f:
            total += int(line)
print(total)
