//! The build cache with a real g++: hits and misses, the precompiled header, corrupt entries, concurrency.

use std::path::{Path, PathBuf};
use std::process::Command;

use pyport_exec::{find_cxx, run, BuildCache, CompilerInfo, CompilerKind, Limits, PchStatus, RunSpec, Termination};

/// g++, which the precompiled-header tests need (CI installs it).
fn gxx() -> CompilerInfo {
    let cxx = find_cxx(Some("g++")).expect("g++ is needed by these tests");
    assert_eq!(cxx.kind, CompilerKind::Gcc);
    cxx
}

fn flags() -> Vec<String> {
    ["-O1", "-std=c++20"].iter().map(|s| s.to_string()).collect()
}

/// An include folder with a header `lib/lib.hpp` heavy enough to be worth precompiling, and a
/// program that includes it first, as generated programs include the runtime.
fn project(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let include = dir.join("include");
    std::fs::create_dir_all(include.join("lib")).unwrap();
    let header = include.join("lib/lib.hpp");
    std::fs::write(&header, "#pragma once\n#include <map>\n#include <string>\n#include <cstdio>\ninline int twice(int x) { return 2 * x; }\n").unwrap();
    let source = dir.join("prog.cpp");
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%d\\n\", twice(21)); }\n").unwrap();
    (include, header, source)
}

fn runs_and_prints_42(exe: &Path) {
    let out = run(&RunSpec::new(exe)).unwrap();
    assert_eq!(out.termination, Termination::Exited(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
}

#[test]
fn second_compile_is_a_hit_and_a_changed_flag_or_text_misses() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = project(dir.path());
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&header);
    let cxx = gxx();
    let exe = dir.path().join("prog");
    let inc = std::slice::from_ref(&include);

    let first = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(first.ok, "{}", first.stderr);
    assert!(!first.cached);
    assert!(matches!(first.pch, PchStatus::Ready { .. }), "{:?}", first.pch);
    runs_and_prints_42(&exe);

    let second = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(second.ok && second.cached, "{second:?}");
    assert!(second.command_line.contains("-O1"), "{}", second.command_line);
    runs_and_prints_42(&exe);

    let mut other = flags();
    other.push("-DPYPORT_TEST_FLAG=1".into());
    let third = cache.compile(&cxx, &other, inc, &source, &exe, &Limits::default()).unwrap();
    assert!(third.ok && !third.cached, "{third:?}");

    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%d\\n\", twice(20) + 2); }\n").unwrap();
    let fourth = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(fourth.ok && !fourth.cached, "{fourth:?}");
    runs_and_prints_42(&exe);
}

#[test]
fn gcc_really_uses_the_precompiled_header() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = project(dir.path());
    let cxx = gxx();
    let PchStatus::Ready { path } = pyport_exec::ensure_pch(&cxx, &flags(), std::slice::from_ref(&include), &header) else {
        panic!("the precompiled header was not built");
    };
    assert!(path.starts_with(dir.path().join("include/lib/lib.hpp.gch")), "{}", path.display());
    // `-H` lists the headers read; a `!` marks a precompiled header that was used, and
    // `-Winvalid-pch` complains about one that was found but rejected.
    let out = Command::new(&cxx.path)
        .args(flags())
        .args(["-H", "-Winvalid-pch", "-fsyntax-only"])
        .arg(format!("-I{}", include.display()))
        .arg(&source)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.lines().any(|l| l.starts_with('!') && l.contains(".gch")), "{stderr}");
    assert!(!stderr.contains("not used"), "{stderr}");
}

#[test]
fn a_header_that_does_not_compile_falls_back_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = project(dir.path());
    // The program does not need the broken part: it is only in the header precompiled.
    let broken = include.join("lib/broken.hpp");
    std::fs::write(&broken, "#pragma once\nthis is not C++;\n").unwrap();
    let cxx = gxx();
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&broken);
    let exe = dir.path().join("prog");
    let out = cache.compile(&cxx, &flags(), std::slice::from_ref(&include), &source, &exe, &Limits::default()).unwrap();
    assert!(out.ok, "{}", out.stderr);
    let PchStatus::Failed { reason } = &out.pch else { panic!("{:?}", out.pch) };
    assert!(reason.contains("broken.hpp"), "{reason}");
    runs_and_prints_42(&exe);
    assert!(dir.path().join("include/lib/broken.hpp.gch-failed").read_dir().unwrap().count() == 1);
    // Remembered: asking again reports the same failure without a compiler run.
    let again = pyport_exec::ensure_pch(&cxx, &flags(), std::slice::from_ref(&include), &broken);
    assert_eq!(again, out.pch);
    let _ = header;
}

#[test]
fn corrupt_or_partial_entries_are_ignored_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let (include, _header, source) = project(dir.path());
    let cache = BuildCache::new(dir.path().join("cache"));
    let cxx = gxx();
    let exe = dir.path().join("prog");
    let inc = std::slice::from_ref(&include);
    assert!(!cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap().cached);
    let entry = cache.dir().join("exe").join(BuildCache::key(&cxx, &flags(), inc, &std::fs::read(&source).unwrap()));
    assert!(entry.is_file());

    // Truncated, as by a crash in the middle of a copy.
    let bytes = std::fs::read(&entry).unwrap();
    std::fs::write(&entry, &bytes[..bytes.len() / 2]).unwrap();
    let out = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(out.ok && !out.cached, "{out:?}");
    runs_and_prints_42(&exe);
    assert!(cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap().cached);

    // Digest missing (the writer died between its two renames) or garbage.
    std::fs::remove_file(entry.with_extension("sha256")).unwrap();
    assert!(!cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap().cached);
    std::fs::write(entry.with_extension("sha256"), "garbage").unwrap();
    assert!(!cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap().cached);
    runs_and_prints_42(&exe);
    assert!(cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap().cached);
}

#[test]
fn concurrent_compiles_share_one_header_and_one_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = project(dir.path());
    let cxx = gxx();
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&header);
    std::thread::scope(|s| {
        for i in 0..4 {
            let (cache, cxx, include, source, dir) = (&cache, &cxx, &include, &source, dir.path());
            s.spawn(move || {
                let exe = dir.join(format!("prog{i}"));
                let out = cache.compile(cxx, &flags(), std::slice::from_ref(include), source, &exe, &Limits::default()).unwrap();
                assert!(out.ok, "{}", out.stderr);
                assert!(matches!(out.pch, PchStatus::Ready { .. } | PchStatus::NotUsed), "{:?}", out.pch);
                runs_and_prints_42(&exe);
            });
        }
    });
    let gch: Vec<_> = std::fs::read_dir(include.join("lib/lib.hpp.gch")).unwrap().collect();
    assert_eq!(gch.len(), 1, "one precompiled header per compiler and flags");
    let leftovers: Vec<String> = std::fs::read_dir(include.join("lib"))
        .unwrap()
        .chain(std::fs::read_dir(cache.dir().join("exe")).unwrap())
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.contains("staging") || n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let entries = std::fs::read_dir(cache.dir().join("exe")).unwrap().count();
    assert_eq!(entries, 2, "one executable and its digest");
}

/// A header written like the runtime (`prebuilt.hpp`): `cold` is defined by the prebuilt object in
/// `PYPORT_LIBRARY` mode, only declared under `PYPORT_PREBUILT`, inline otherwise. Its body says
/// which mode compiled it, so the program's output shows where the code came from.
fn prebuilt_project(dir: &Path, library_compiles: bool) -> (PathBuf, PathBuf, PathBuf) {
    let include = dir.join("include");
    std::fs::create_dir_all(include.join("lib")).unwrap();
    let header = include.join("lib/lib.hpp");
    let broken = if library_compiles { "" } else { "#ifdef PYPORT_LIBRARY\n#error the library mode is broken\n#endif\n" };
    std::fs::write(
        &header,
        format!(
            "#pragma once\n#include <cstdio>\n{broken}\
             #if defined(PYPORT_LIBRARY)\nconst char* cold() {{ return \"object\"; }}\n\
             #elif defined(PYPORT_PREBUILT)\nconst char* cold();\n\
             #else\ninline const char* cold() {{ return \"inline\"; }}\n#endif\n"
        ),
    )
    .unwrap();
    let source = dir.join("prog.cpp");
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s\\n\", cold()); }\n").unwrap();
    (include, header, source)
}

fn prints(exe: &Path) -> String {
    let out = run(&RunSpec::new(exe)).unwrap();
    assert_eq!(out.termination, Termination::Exited(0));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_prebuilt_object_is_built_once_and_linked() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = prebuilt_project(dir.path(), true);
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&header).with_prebuilt_object();
    let cxx = gxx();
    let exe = dir.path().join("prog");
    let inc = std::slice::from_ref(&include);

    let first = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(first.ok, "{}", first.stderr);
    let PchStatus::Ready { path: object } = &first.runtime_object else { panic!("{:?}", first.runtime_object) };
    assert!(object.starts_with(include.join("lib/lib.hpp.o")), "{}", object.display());
    assert!(first.command_line.contains("-DPYPORT_PREBUILT=1"), "{}", first.command_line);
    assert!(matches!(first.pch, PchStatus::Ready { .. }), "{:?}", first.pch);
    assert_eq!(prints(&exe), "object\n");

    // Another program reuses the object (same path, not rebuilt).
    let built_at = std::fs::metadata(object).unwrap().modified().unwrap();
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s!\\n\", cold()); }\n").unwrap();
    let second = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(second.ok && !second.cached, "{second:?}");
    assert_eq!(second.runtime_object, first.runtime_object);
    assert_eq!(std::fs::metadata(object).unwrap().modified().unwrap(), built_at);
    assert_eq!(prints(&exe), "object!\n");

    // Without the option the same header compiles inline, as a program compiled by hand would.
    let plain = BuildCache::new(dir.path().join("cache2")).with_pch(&header);
    let third = plain.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(third.ok && third.runtime_object == PchStatus::NotUsed, "{third:?}");
    assert_eq!(prints(&exe), "inline!\n");
}

#[test]
fn an_object_that_does_not_build_falls_back_to_header_only_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = prebuilt_project(dir.path(), false);
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&header).with_prebuilt_object();
    let cxx = gxx();
    let exe = dir.path().join("prog");
    let inc = std::slice::from_ref(&include);

    let out = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(out.ok, "{}", out.stderr);
    let PchStatus::Failed { reason } = &out.runtime_object else { panic!("{:?}", out.runtime_object) };
    assert!(reason.contains("the library mode is broken"), "{reason}");
    assert!(!out.command_line.contains("PYPORT_PREBUILT"), "{}", out.command_line);
    assert_eq!(prints(&exe), "inline\n");

    // The failure is remembered: the next program does not try again.
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s?\\n\", cold()); }\n").unwrap();
    let again = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(again.ok, "{}", again.stderr);
    assert_eq!(again.runtime_object, out.runtime_object);
    assert!(include.join("lib/lib.hpp.o-failed").is_dir());
    assert_eq!(prints(&exe), "inline?\n");
}

/// The names in `dir` (none when it does not exist).
fn names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned())).collect();
    names.sort();
    names
}

/// Nothing half-built next to the header: no staging directory, no temporary file, no failure.
fn no_partial_artifacts(include: &Path) {
    let lib = include.join("lib");
    let partial: Vec<String> = names(&lib).into_iter().filter(|n| n.contains("staging") || n.contains(".tmp") || n.ends_with("-failed")).collect();
    assert!(partial.is_empty(), "{partial:?}");
    for d in ["lib.hpp.o", "lib.hpp.gch"] {
        assert!(names(&lib.join(d)).iter().all(|n| !n.contains(".tmp")), "{:?}", names(&lib.join(d)));
    }
}

#[test]
fn a_cold_compile_does_not_wait_for_the_runtime_build_and_the_next_compile_uses_it() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = prebuilt_project(dir.path(), true);
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&header).with_prebuilt_object().with_background_runtime_build();
    let cxx = gxx();
    let exe = dir.path().join("prog");
    let inc = std::slice::from_ref(&include);

    // Nothing built yet: the program is compiled with the whole header, and says so.
    let first = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(first.ok, "{}", first.stderr);
    assert_eq!(first.runtime_object, PchStatus::BuildingInBackground);
    assert_eq!(first.pch, PchStatus::BuildingInBackground);
    assert!(!first.command_line.contains("PYPORT_PREBUILT"), "{}", first.command_line);
    assert_eq!(prints(&exe), "inline\n");

    pyport_exec::wait_background();
    assert_eq!(names(&include.join("lib/lib.hpp.o")).len(), 1, "one object");
    assert_eq!(names(&include.join("lib/lib.hpp.gch")).len(), 1, "one precompiled header");
    no_partial_artifacts(&include);

    // Another program links the object and uses the precompiled header.
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s!\\n\", cold()); }\n").unwrap();
    let second = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(second.ok && !second.cached, "{second:?}");
    let PchStatus::Ready { path: object } = &second.runtime_object else { panic!("{:?}", second.runtime_object) };
    assert!(object.starts_with(include.join("lib/lib.hpp.o")), "{}", object.display());
    assert!(matches!(second.pch, PchStatus::Ready { .. }), "{:?}", second.pch);
    assert!(second.command_line.contains("-DPYPORT_PREBUILT=1"), "{}", second.command_line);
    assert_eq!(prints(&exe), "object!\n");

    // The first program's executable is cached like any other.
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s\\n\", cold()); }\n").unwrap();
    let again = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(again.ok && again.cached, "{again:?}");
    assert_eq!(prints(&exe), "inline\n");
}

#[test]
fn a_runtime_object_that_does_not_build_in_the_background_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, source) = prebuilt_project(dir.path(), false);
    let cache = BuildCache::new(dir.path().join("cache")).with_pch(&header).with_prebuilt_object().with_background_runtime_build();
    let cxx = gxx();
    let exe = dir.path().join("prog");
    let inc = std::slice::from_ref(&include);

    let first = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(first.ok, "{}", first.stderr);
    assert_eq!(first.runtime_object, PchStatus::BuildingInBackground);
    assert_eq!(prints(&exe), "inline\n");
    pyport_exec::wait_background();

    // The failure is remembered; the header-only precompiled header was built instead.
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s?\\n\", cold()); }\n").unwrap();
    let second = cache.compile(&cxx, &flags(), inc, &source, &exe, &Limits::default()).unwrap();
    assert!(second.ok, "{}", second.stderr);
    let PchStatus::Failed { reason } = &second.runtime_object else { panic!("{:?}", second.runtime_object) };
    assert!(reason.contains("the library mode is broken"), "{reason}");
    assert!(matches!(second.pch, PchStatus::Ready { .. }), "{:?}", second.pch);
    assert!(!second.command_line.contains("PYPORT_PREBUILT"), "{}", second.command_line);
    assert_eq!(prints(&exe), "inline?\n");
}

#[test]
fn concurrent_cold_compiles_of_two_caches_stay_correct() {
    let dir = tempfile::tempdir().unwrap();
    let (include, header, _source) = prebuilt_project(dir.path(), true);
    let cxx = gxx();
    let caches: Vec<BuildCache> = ["a", "b"]
        .iter()
        .map(|n| BuildCache::new(dir.path().join(n)).with_pch(&header).with_prebuilt_object().with_background_runtime_build())
        .collect();
    std::thread::scope(|s| {
        for i in 0..4 {
            let (cache, cxx, include, dir) = (&caches[i % 2], &cxx, &include, dir.path());
            s.spawn(move || {
                // Each thread its own program: no executable comes from a cache.
                let source = dir.join(format!("prog{i}.cpp"));
                std::fs::write(&source, format!("#include \"lib/lib.hpp\"\nint main() {{ std::printf(\"%s {i}\\n\", cold()); }}\n")).unwrap();
                let exe = dir.join(format!("prog{i}"));
                let out = cache.compile(cxx, &flags(), std::slice::from_ref(include), &source, &exe, &Limits::default()).unwrap();
                assert!(out.ok && !out.cached, "{out:?}");
                // Whatever each compile did, it says so truthfully: the output shows where `cold` came from.
                let from = match &out.runtime_object {
                    PchStatus::BuildingInBackground => "inline",
                    PchStatus::Ready { .. } => "object",
                    other => panic!("{other:?}"),
                };
                assert_eq!(prints(&exe), format!("{from} {i}\n"));
            });
        }
    });
    pyport_exec::wait_background();
    assert_eq!(names(&include.join("lib/lib.hpp.o")).len(), 1, "one object");
    assert_eq!(names(&include.join("lib/lib.hpp.gch")).len(), 1, "one precompiled header");
    no_partial_artifacts(&include);
    let source = dir.path().join("prog.cpp");
    std::fs::write(&source, "#include \"lib/lib.hpp\"\nint main() { std::printf(\"%s\\n\", cold()); }\n").unwrap();
    let exe = dir.path().join("prog");
    let out = caches[1].compile(&cxx, &flags(), std::slice::from_ref(&include), &source, &exe, &Limits::default()).unwrap();
    assert!(matches!(out.runtime_object, PchStatus::Ready { .. }) && matches!(out.pch, PchStatus::Ready { .. }), "{out:?}");
    assert_eq!(prints(&exe), "object\n");
}
