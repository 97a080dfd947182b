//! libFuzzer target: any UTF-8 text through parse → type inference → C++ emission
//! (the sequence of `pyport::pipeline::translate`) must return, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyport_syntax::{Severity, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let file = SourceFile::new("fuzz.py", text);
    let parsed = pyport_syntax::parse(&file);
    if !parsed.is_ok() {
        return;
    }
    let (program, typed, _aliases) = pyport_types::infer_splitting(&parsed.program);
    if typed.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return;
    }
    let _ = pyport_cpp::emit(&program, &typed, &file);
});
