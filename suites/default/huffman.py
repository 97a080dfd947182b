# tags: strings, containers, classes
# difficulty: medium
# case: < wordfreq.small.txt
# case: < empty.txt
# case: abracadabra
# case: a
# timing: --repeat 4000 < wordfreq.small.txt
# Huffman coding: build the code tree with heapq (ties broken by insertion
# order so the result is deterministic), encode to a bit string, decode by
# walking the tree, and report the compression. The text is argv[1], or
# stdin; `--repeat K` uses K copies of stdin with a different line order each.
import heapq
import sys
from collections import Counter
from itertools import count


class Node:
    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right

    def is_leaf(self):
        return self.symbol is not None


def build_tree(text):
    freq = Counter(text)
    order = count()
    heap = [(w, next(order), Node(w, s)) for s, w in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        w, _, only = heap[0]
        return Node(w, left=only)
    while len(heap) > 1:
        w1, _, a = heapq.heappop(heap)
        w2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (w1 + w2, next(order), Node(w1 + w2, left=a, right=b)))
    return heap[0][2] if heap else None


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node is None:
        return table
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
        return table
    codes(node.left, prefix + "0", table)
    if node.right is not None:
        codes(node.right, prefix + "1", table)
    return table


def decode(bits, root):
    out = []
    node = root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


args = sys.argv[1:]
if args and args[0] == "--repeat":
    lines = sys.stdin.read().splitlines()
    text = "\n".join("\n".join(lines[k:] + lines[:k]) for k in range(int(args[1])))
elif args:
    text = args[0]
else:
    text = sys.stdin.read()
root = build_tree(text)
table = codes(root)
bits = "".join(table[ch] for ch in text)
print(f"{len(text)} characters, {len(table)} symbols, {len(bits)} bits "
      f"({len(bits) / max(1, len(text)):.3f} bits/char vs 8)")
for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:8]:
    print(f"  {sym!r}: {code}")
print("decodes back:", decode(bits, root) == text if root else text == "")
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big") if bits else b""
print("packed bytes:", len(packed), packed[:8].hex())
