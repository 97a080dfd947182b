# Module-level code with an `if __name__ == "__main__":` entry point.
import math

SCALE = 3

def area(r):
    return math.pi * r * r

def main():
    for r in range(1, 4):
        print(r, area(r), round(area(r), 3))
    print("scaled", SCALE * area(1.5))

print("module level runs first")
if __name__ == "__main__":
    main()
    print("done")
else:
    print("imported")
