"""Future imports: an unknown feature, one that changes the language, and one too late."""
from __future__ import braces
from __future__ import barry_as_FLUFL

print(1)
from __future__ import division
