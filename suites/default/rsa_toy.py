# tags: big-ints, classes, exceptions
# difficulty: hard
# case: 64 hello
# case: 32 ""
# case: 16 "a longer message that needs several blocks"
# case: 128 "RSA round trip"
# timing: 1024 "benchmark message for a toy RSA implementation"
# Toy RSA: key generation from a deterministic LCG-driven Miller-Rabin prime
# search, encryption/decryption of a text split into blocks, signatures, and
# a check that tampering is detected. argv: modulus bits, message.
import sys


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def bits(self, k):
        out = 0
        for _ in range((k + 31) // 32):
            self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            out = (out << 32) | (self.state >> 32)
        return out >> ((k + 31) // 32 * 32 - k)


def is_probable_prime(n, rng, rounds=20):
    if n < 4:
        return n in (2, 3)
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while not d & 1:
        d >>= 1
        s += 1
    for _ in range(rounds):
        a = 2 + rng.bits(n.bit_length()) % (n - 3)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(bits, rng):
    while True:
        candidate = rng.bits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(candidate, rng):
            return candidate


class SignatureError(Exception):
    pass


class RsaKey:
    def __init__(self, bits, rng, e=65537):
        while True:
            p = random_prime(bits // 2, rng)
            q = random_prime(bits - bits // 2, rng)
            phi = (p - 1) * (q - 1)
            if p != q and phi % e != 0:
                break
        self.n = p * q
        self.e = e
        self.d = pow(e, -1, phi)
        self.block = (self.n.bit_length() - 1) // 8

    def encrypt_int(self, m):
        if not 0 <= m < self.n:
            raise ValueError("message block out of range")
        return pow(m, self.e, self.n)

    def decrypt_int(self, c):
        return pow(c, self.d, self.n)

    def encrypt(self, text):
        data = text.encode()
        return [self.encrypt_int(int.from_bytes(data[i:i + self.block], "big"))
                for i in range(0, len(data), self.block)], len(data)

    def decrypt(self, blocks, length):
        out = b""
        for i, c in enumerate(blocks):
            size = min(self.block, length - i * self.block)
            out += self.decrypt_int(c).to_bytes(size, "big")
        return out.decode()

    def sign(self, text):
        h = 0
        for byte in text.encode():
            h = (h * 131 + byte) % self.n
        return pow(h, self.d, self.n), h

    def verify(self, h, signature):
        if pow(signature, self.e, self.n) != h:
            raise SignatureError("signature does not match")


def main():
    bits = int(sys.argv[1])
    message = sys.argv[2]
    rng = Lcg(bits * 7919 + len(message))
    key = RsaKey(bits, rng)
    print(f"n has {key.n.bit_length()} bits, block size {key.block} bytes")
    print("n mod 1e9+7 =", key.n % 1000000007, "d mod 1e9+7 =", key.d % 1000000007)
    blocks, length = key.encrypt(message)
    print(len(blocks), "blocks; first:", hex(blocks[0])[:20] if blocks else None)
    back = key.decrypt(blocks, length)
    print("round trip:", back == message, repr(back))
    signature, h = key.sign(message)
    key.verify(h, signature)
    print("signature verifies")
    try:
        key.verify(h + 1, signature)
        print("tampered signature accepted?!")
    except SignatureError as e:
        print("tampering detected:", e)
    try:
        key.encrypt_int(key.n)
    except ValueError as e:
        print("rejected:", e)
    total = 0
    for k in range(300):
        total += key.decrypt_int(key.encrypt_int(k)) == k
    print("small messages round trip:", total)


main()
