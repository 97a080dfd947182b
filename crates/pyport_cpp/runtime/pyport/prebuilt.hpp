//! The prebuilt runtime object: where the runtime's cold functions are compiled.
//!
//! Most of the runtime's code (float and int formatting, big-int arithmetic, str methods, Unicode
//! tables, program start-up) is the same in every program, yet g++ compiles every inline function
//! a program reaches, and instantiates the templates their bodies use, again in each compile, even
//! through a precompiled header. Such a cold function is written in its header as
//!
//!     #if PYPORT_LIB_BODIES
//!     PYPORT_LIBFN std::string f(int x) { ... }
//!     #else
//!     std::string f(int x);
//!     #endif
//!
//! and is compiled in one of three modes:
//! - header-only (neither macro below defined; a program compiled by hand, or by a compiler other
//!   than g++): every body is an inline function of the program, as before;
//! - `PYPORT_LIBRARY`: the translation unit that makes the prebuilt object (pyport_exec's build
//!   cache compiles `runtime.hpp` once per compiler, flags and leading `#define`s) defines each
//!   cold function once, with external linkage;
//! - `PYPORT_PREBUILT`: a program linked with that object sees only the declarations.
//! All three run the same code; only where it is compiled changes.
#pragma once

#if defined(PYPORT_LIBRARY)
#define PYPORT_LIBFN
#define PYPORT_LIB_BODIES 1
#elif defined(PYPORT_PREBUILT)
#define PYPORT_LIBFN
#define PYPORT_LIB_BODIES 0
#else
#define PYPORT_LIBFN inline
#define PYPORT_LIB_BODIES 1
#endif
