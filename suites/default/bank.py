# tags: classes, exceptions
# difficulty: medium
# case: 10
# case: 0
# case: 1
# case: 200
# timing: 2000000
# Bank simulation with an account class hierarchy (checking with overdraft,
# savings with interest and a withdrawal limit), custom exceptions for
# refused operations, and a ledger replayed from generated transactions.
import sys


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount


class LimitExceeded(BankError):
    pass


class Account:
    kind = "account"
    count = 0

    def __init__(self, owner, balance=0):
        Account.count += 1
        self.number = Account.count
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __str__(self):
        return f"{self.kind} #{self.number} {self.owner}: {self.balance / 100:.2f}"

    def __lt__(self, other):
        return (self.balance, self.number) < (other.balance, other.number)


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0, overdraft=5000):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= 1500  # overdraft fee


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0, rate_bp=25):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= 6:
            raise LimitExceeded(f"{self.owner}: six withdrawals per month")
        super().withdraw(amount)
        self.withdrawals += 1

    def month_end(self):
        self.balance += self.balance * self.rate_bp // 10000
        self.withdrawals = 0


class Bank:
    def __init__(self):
        self.accounts = {}
        self.refused = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise

    def total(self):
        return sum(acc.balance for acc in self.accounts.values())


def main():
    n = int(sys.argv[1])
    bank = Bank()
    names = ["ada", "bob", "cy", "dee", "eve", "fay", "gus"]
    for i, name in enumerate(names):
        acc = Checking(name, 10000 * i) if i % 2 == 0 else Savings(name, 25000 + 1000 * i)
        bank.open(acc)
    x = 7
    for step in range(n):
        x = (x * 214013 + 2531011) % 2**31
        src = 1 + x % len(names)
        dst = 1 + (x >> 8) % (len(names) + 1)
        amount = (x >> 12) % 9000 - 500
        try:
            if step % 3 == 0:
                bank.accounts[src].deposit(amount)
            else:
                bank.transfer(src, dst, amount)
        except BankError as e:
            bank.refused[type(e).__name__] = bank.refused.get(type(e).__name__, 0) + 1
            if n <= 10:
                print("refused:", e)
        except (KeyError, ValueError) as e:
            bank.refused[type(e).__name__] = bank.refused.get(type(e).__name__, 0) + 1
            if n <= 10:
                print("error:", type(e).__name__, e)
        if step % 100 == 99:
            for acc in bank.accounts.values():
                acc.month_end()
    for acc in sorted(bank.accounts.values()):
        print(acc)
    print("total: %.2f" % (bank.total() / 100))
    print("refused:", sorted(bank.refused.items()))
    print("transactions:", sum(len(a.history) for a in bank.accounts.values()))
    print("isinstance checks:", [isinstance(a, Savings) for a in bank.accounts.values()])


main()
