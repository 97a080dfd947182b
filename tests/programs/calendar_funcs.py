# calendar: isleap, leapdays, weekday, monthrange, monthcalendar and the name lists, over many
# years and months; checked against CPython.
import calendar

for y in range(1896, 1906):
    print(y, calendar.isleap(y), calendar.leapdays(1800, y), [calendar.monthrange(y, m) for m in (1, 2, 12)])
for y in (1900, 2000, 2023, 2024):
    for m in range(1, 13):
        weeks = calendar.monthcalendar(y, m)
        print(calendar.month_name[m], calendar.month_abbr[m], y, len(weeks), weeks[0], weeks[-1],
              calendar.day_name[calendar.weekday(y, m, 13)], calendar.day_abbr[calendar.weekday(y, m, 1)])
print(list(calendar.day_name), calendar.month_name[1:4])
fridays = 0
for y in range(2000, 2030):
    for m in range(1, 13):
        if calendar.weekday(y, m, 13) == 4:
            fridays += 1
print("Friday the 13ths:", fridays)
print(calendar.monthrange(2024, 13))
