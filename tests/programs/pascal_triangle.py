# Pascal's triangle rows, centred printing and binomial sums.
def next_row(row):
    out = [1]
    for i in range(len(row) - 1):
        out.append(row[i] + row[i + 1])
    out.append(1)
    return out

row = [1]
rows = [row]
for i in range(12):
    row = next_row(row)
    rows.append(row)
for r in rows[:8]:
    print(r)
for r in rows[:6]:
    line = ""
    for v in r:
        line = line + f"{v:^5}"
    print(f"{line:^40}|")
print(rows[12], sum(rows[12]), 2 ** 12)
r = [1]
for i in range(60):
    r = next_row(r)
print(r[30], max(r), r[:4], r[-3:])
alt = 0
for k, v in enumerate(rows[10]):
    alt += v if k % 2 == 0 else -v
print("alternating sum", alt)
probs = [v / 2 ** 10 for v in rows[10]]
print(probs)
print(sum(probs))
