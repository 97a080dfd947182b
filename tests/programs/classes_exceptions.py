class BankError(Exception):
    pass


class Overdraft(BankError):
    pass


class LimitExceeded(BankError):
    def __init__(self, owner, limit):
        super().__init__(f"{owner} is over the limit of {limit}")
        self.limit = limit


class Account:
    rate = 0.5
    kind = "account"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise Overdraft(f"{self.owner}: cannot withdraw {amount}")
        self.balance -= amount
        self.history.append(-amount)

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount):
        return amount // 100


class Checking(Account):
    kind = "checking"

    def withdraw(self, amount):
        if amount > 500:
            raise LimitExceeded(self.owner, 500)
        self.balance -= amount
        self.history.append(-amount)


a = Account("ann", 100)
accounts = [a, Checking("cy", 50)]
for acc in accounts:
    try:
        acc.withdraw(600)
    except BankError as e:
        print(acc.kind, type(e).__name__, e, repr(e))
b = Account.empty("bob")
try:
    a.withdraw(30)
    b.withdraw(5)
except BankError as e:
    print("error:", e, repr(e))
print(a.balance, a.history, Account.fee(1234), Account.rate)
try:
    raise BankError("plain")
except Overdraft:
    print("wrong")
except BankError as e:
    print("caught", e)
a.withdraw(1000)
