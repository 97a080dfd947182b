class BankError(Exception):
    pass


class Overdraft(BankError):
    pass


class Account:
    rate = 0.5

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


a = Account("ann", 100)
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
