//! The pyport C++ runtime: the one header generated programs include ("pyport/runtime.hpp").
//! A Python `int` is `py::int_t`: the exact `py::Int` (bigint.hpp) by default, or the checked
//! `int64_t` (int.hpp, "pyport: integer overflow") when PYPORT_INT64 is defined before this
//! include (`--int64`).
#pragma once
#include "except.hpp"
#include "numfmt.hpp"
#include "base.hpp"
#include "int.hpp"
#include "bigint.hpp"  // py::int_t
#include "num.hpp"
#include "compare.hpp"
#include "str.hpp"
#include "list.hpp"
#include "text.hpp"
#include "io.hpp"
#include "generator.hpp"
#include "iter.hpp"
#include "hash.hpp"
#include "dict.hpp"
#include "set.hpp"
#include "collections.hpp"
#include "pymath.hpp"
#include "random.hpp"
#include "main.hpp"
#include "strmethods.hpp"
#include "input.hpp"
#include "emit_support.hpp"
#include "intconv.hpp"
#include "exc_value.hpp"
#include "functional.hpp"
#include "itertools.hpp"
#include "iterobj.hpp"
#include "object.hpp"
#include "closures.hpp"
#include "translate.hpp"
#include "fraction.hpp"
#include "complex.hpp"
#include "union.hpp"
#include "union_ops.hpp"
#include "rec.hpp"
#include "bytes.hpp"
#include "vtuple.hpp"
#include "star.hpp"
#include "pprint.hpp"
#include "builtin_attrs.hpp"
// The regular-expression engine (and textwrap, built on it) is big: instantiating what its inline
// functions use costs every compile about 0.45 s of CPU even when unused (a precompiled header
// cannot hold those instantiations). Generated code that uses it starts with this define.
#ifdef PYPORT_WITH_RE
#include "re.hpp"
#include "textwrap.hpp"
#endif
// datetime / calendar (date, datetime, timedelta): only programs that use them pay for the header.
#ifdef PYPORT_WITH_DATETIME
#include "datetime.hpp"
#endif
