# `input = sys.stdin.readline` (and `read`, `readlines`), the competitive programmer's fast input:
# every call of the alias is the sys.stdin method (the line keeps its newline). Here stdin is empty.
import sys

input = sys.stdin.readline
read_all = sys.stdin.read


def solve():
    line = input()
    nums = list(map(int, input().split()))
    rest = read_all()
    return line, nums, rest


def main():
    lines = sys.stdin.readlines
    first, nums, rest = solve()
    print(repr(first), nums, sum(nums), repr(rest), rest.split(), lines())
    print(len(input().strip()), input().split() == [])


if __name__ == "__main__":
    main()
