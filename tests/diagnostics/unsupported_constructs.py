import sqlite3

class Point:
    pass

def main():
    square = lambda x: x * x
    counts = {"a": 1}
    db = sqlite3.connect(":memory:")
    try:
        print(square(3))
    except ValueError:
        pass
    with open("f") as fh:
        print(fh)

main()
