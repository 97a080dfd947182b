# Properties with setters: stores go through the setter (validation included), reads through
# the getter.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


class Account:
    count = 0

    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, amount):
        print("set", amount)
        self._balance = max(0, amount)


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
t.celsius += 5
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    Temperature(-500)
except ValueError as e:
    print("ValueError:", e)
a = Account("ann")
a.balance = 50
a.balance -= 80
print(a.owner, a.balance, Account.count)
accounts = [Account("x"), Account("y")]
for acc in accounts:
    acc.balance = len(acc.owner) * 10
print([acc.balance for acc in accounts])
