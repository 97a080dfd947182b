//! Type-inference tests written as annotated Python: `x = f(3)  # type: int` states what must be inferred.
use std::path::Path;

use pyport_syntax::ast::{StmtKind, Target};
use pyport_syntax::SourceFile;

#[test]
fn annotated_programs_infer_the_stated_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/types");
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/types exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let file = SourceFile::new(path.display().to_string(), text.clone());
        let parsed = pyport_syntax::parse(&file);
        assert!(parsed.is_ok(), "{} does not parse", path.display());
        let (program, typed, _) = pyport_types::infer_splitting(&parsed.program);
        assert!(typed.diagnostics.is_empty(), "{}: {:?}", path.display(), typed.diagnostics);
        // Which function (if any) holds each statement: by line range of its body.
        let funcs: Vec<(usize, usize, usize)> = program
            .functions
            .iter()
            .enumerate()
            .map(|(i, f)| (i, file.line(f.span.start), file.line(f.span.end)))
            .collect();
        for (lineno, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
            let Some((_, expected)) = line.split_once("# type: ") else { continue };
            if line.trim_start().starts_with('#') {
                continue;
            }
            let name = line.split('=').next().unwrap().trim().to_string();
            let func = funcs.iter().find(|(_, lo, hi)| lineno > *lo && lineno <= *hi).map(|f| f.0);
            let ty = match func {
                Some(fid) => typed.funcs[fid].locals.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone()),
                None => typed.global_ty(&name).cloned(),
            };
            let got = ty.map(|t| t.to_string()).unwrap_or_else(|| "<no such variable>".into());
            if got != expected.trim() {
                failures.push(format!("{}:{lineno}: `{name}` expected `{}`, inferred `{got}`", path.display(), expected.trim()));
            }
            checked += 1;
        }
        // Statements are kept; make sure the test looked at assignments it can see.
        assert!(program.body.iter().any(|s| matches!(&s.kind, StmtKind::Assign { targets, .. } if matches!(targets[0], Target::Name { .. }))));
    }
    assert!(checked >= 10, "only {checked} annotations checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
