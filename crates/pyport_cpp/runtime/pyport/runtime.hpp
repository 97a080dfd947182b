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
#include "union.hpp"
#include "union_ops.hpp"
#include "rec.hpp"
#include "vtuple.hpp"
#include "star.hpp"
#include "builtin_attrs.hpp"
#include "sort_inst.hpp"
// Optional parts: g++ instantiates what a header's inline functions use in every compile, even
// through a precompiled header, so a part most programs do not use is included only when the
// generated code starts with its `#define PYPORT_WITH_<NAME> 1` (the emitter writes it when its C++
// names the part: `OPTIONAL_HEADERS` in crates/pyport_cpp/src/emit.rs). The regular-expression
// engine (and textwrap, built on it) costs an empty program about 0.45 s of CPU.
#ifdef PYPORT_WITH_RE
#include "re.hpp"
#include "textwrap.hpp"
#endif
#ifdef PYPORT_WITH_FRACTION
#include "fraction.hpp"
#endif
#ifdef PYPORT_WITH_COMPLEX
#include "complex.hpp"
#endif
#ifdef PYPORT_WITH_BYTES
#include "bytes.hpp"
#endif
#ifdef PYPORT_WITH_PPRINT
#include "pprint.hpp"
#endif
// doctest.testmod()'s harness for docstring examples.
#ifdef PYPORT_WITH_DOCTEST
#include "doctest.hpp"
#endif
// copy.copy / copy.deepcopy.
#ifdef PYPORT_WITH_COPY
#include "copy.hpp"
#endif
// decimal.Decimal: only programs that use the decimal module pay for its compile time.
#ifdef PYPORT_WITH_DECIMAL
#include "decimal.hpp"
#endif
// datetime / calendar (date, datetime, timedelta): only programs that use them pay for the header.
#ifdef PYPORT_WITH_DATETIME
#include "datetime.hpp"
#endif
// open() and file objects (with the codecs of bytes.hpp).
#ifdef PYPORT_WITH_FILES
#include "fileio.hpp"
#endif
// array.array.
#ifdef PYPORT_WITH_ARRAY
#include "array.hpp"
#endif
// struct.pack / struct.unpack.
#ifdef PYPORT_WITH_STRUCT
#include "struct.hpp"
#endif
#ifdef PYPORT_WITH_COLORSYS
#include "colorsys.hpp"
#endif
// statistics (exact sums over Fractions).
#ifdef PYPORT_WITH_STATISTICS
#include "statistics.hpp"
#endif
// logging's module functions.
#ifdef PYPORT_WITH_LOGGING
#include "logging.hpp"
#endif
// json.dumps / json.dump.
#ifdef PYPORT_WITH_JSON
#include "json.hpp"
#endif
