# tags: strings, io, exceptions, generators
# difficulty: medium
# case: < csv_report.small.csv
# case: < empty.txt
# case: --strict < csv_report.small.csv
# case: --generate 50
# timing: --generate 600000
# Parse CSV-like sales records (region,product,quantity,unit price,date) from
# stdin, skip and count malformed lines, and print a report per region and
# per month. `--generate N` makes N records itself instead of reading stdin;
# `--strict` stops at the first malformed line.
import sys
from collections import defaultdict


class BadRecord(ValueError):
    def __init__(self, lineno, reason):
        super().__init__(f"line {lineno}: {reason}")
        self.lineno = lineno


def parse_line(lineno, line):
    fields = [f.strip() for f in line.split(",")]
    if len(fields) != 5:
        raise BadRecord(lineno, f"expected 5 fields, got {len(fields)}")
    region, product, qty, price, date = fields
    if not region or not product:
        raise BadRecord(lineno, "empty region or product")
    try:
        qty = int(qty)
        price = float(price)
    except ValueError as e:
        raise BadRecord(lineno, f"bad number ({e})") from e
    if qty < 0:
        raise BadRecord(lineno, "negative quantity")
    year, month = date[:4], date[5:7]
    if len(date) != 10 or not (year.isdigit() and month.isdigit()):
        raise BadRecord(lineno, f"bad date {date!r}")
    return region, product, qty, price, date[:7]


def generated(n):
    regions = ["north", "south", "east", "west", "central"]
    products = ["widget", "gadget", "doohickey", "gizmo"]
    x = 99
    for i in range(n):
        x = (x * 1664525 + 1013904223) % 2**32
        if x % 97 == 0:
            yield "broken,line"
            continue
        yield "%s,%s,%d,%.2f,2023-%02d-%02d" % (
            regions[x % 5], products[(x >> 3) % 4], (x >> 5) % 20,
            1 + (x >> 9) % 5000 / 100, 1 + (x >> 13) % 12, 1 + (x >> 17) % 28)


def main(argv):
    strict = "--strict" in argv
    if "--generate" in argv:
        lines = generated(int(argv[argv.index("--generate") + 1]))
    else:
        lines = (line.rstrip("\n") for line in sys.stdin)
    by_region = defaultdict(lambda: [0, 0.0])
    by_month = defaultdict(float)
    best = {}
    errors = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            region, product, qty, price, month = parse_line(lineno, line)
        except BadRecord as e:
            if strict:
                print("error:", e)
                return 1
            errors.append(e.lineno)
            continue
        total = qty * price
        by_region[region][0] += qty
        by_region[region][1] += total
        by_month[month] += total
        if total > best.get(product, (0.0, ""))[0]:
            best[product] = (total, region)
    print(f"{'region':<10}{'units':>8}{'revenue':>14}")
    for region in sorted(by_region):
        units, revenue = by_region[region]
        print(f"{region:<10}{units:>8}{revenue:>14,.2f}")
    for month, revenue in sorted(by_month.items()):
        print("%s %12.2f" % (month, revenue))
    for product, (total, region) in sorted(best.items()):
        print("best {} sale: {:.2f} in {}".format(product, total, region))
    print(f"malformed lines: {len(errors)} {errors[:10]}")
    return 0


sys.exit(main(sys.argv[1:]))
