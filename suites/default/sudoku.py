# tags: recursion, containers, io
# difficulty: hard
# case: 1 < sudoku.puzzles.txt
# case: 3 < sudoku.puzzles.txt
# case: 0 < sudoku.puzzles.txt
# case: 2 < sudoku.hard.txt
# timing: 27 < sudoku.hard.txt
# Sudoku solver (Norvig-style constraint propagation plus depth-first search)
# over puzzles read from stdin, one 81-character line each ('.' or '0' for a
# blank). argv[1] is how many puzzles to solve: the list is cycled and each
# repeat relabels the digits, so every solved grid is different.
import sys

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r in ROWS for c in DIGITS]
UNITS_LIST = ([[r + c for c in DIGITS] for r in ROWS] +
              [[r + c for r in ROWS] for c in DIGITS] +
              [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES}

searches = 0


def assign(values, s, d):
    others = values[s].replace(d, "")
    if all(eliminate(values, s, d2) for d2 in others):
        return values
    return False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in PEERS[s]):
            return False
    for u in UNITS[s]:
        places = [s2 for s2 in u if d in values[s2]]
        if not places:
            return False
        if len(places) == 1 and not assign(values, places[0], d):
            return False
    return values


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, ch in zip(SQUARES, grid):
        if ch in DIGITS and not assign(values, s, ch):
            return False
    return values


def search(values):
    global searches
    searches += 1
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    _, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(dict(values), s, d))
        if result:
            return result
    return False


def relabel(grid, k):
    shift = {d: DIGITS[(int(d) - 1 + k) % 9] for d in DIGITS}
    return "".join(shift.get(ch, ".") for ch in grid)


def main():
    count = int(sys.argv[1])
    puzzles = [line.strip() for line in sys.stdin if len(line.strip()) == 81]
    print(f"{len(puzzles)} puzzles read, solving {count}")
    for i in range(count):
        grid = relabel(puzzles[i % len(puzzles)], i // len(puzzles))
        solution = search(parse(grid))
        if not solution:
            print(i, "no solution")
            continue
        rows = ["".join(solution[r + c] for c in DIGITS) for r in ROWS]
        ok = all(sorted(solution[s] for s in u) == list(DIGITS) for u in UNITS_LIST)
        print(i, rows[0], rows[4], rows[8], "valid" if ok else "INVALID")
        if i == 0:
            for r in rows:
                print("  " + " ".join(r[j:j + 3] for j in (0, 3, 6)))
    print("search calls:", searches)


main()
