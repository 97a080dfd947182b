# keyword.iskeyword / issoftkeyword and the keyword lists (Python 3.11's): checking names a user
# might give variables.
import keyword


def valid_name(var):
    return var.isidentifier() and not keyword.iskeyword(var)


for name in ["total", "class", "2nd", "match", "None", "_x", "for_", "lambda"]:
    print(name, valid_name(name), keyword.issoftkeyword(name))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(sorted(k for k in keyword.kwlist if len(k) == 2))
