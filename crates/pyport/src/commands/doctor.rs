//! `pyport doctor`: what toolchains pyport found, the flags it will use, and which sandbox protections runs get.
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

/// Arguments of `pyport doctor`.
#[derive(Args)]
pub struct DoctorArgs {
    /// Print the findings as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Tool {
    kind: String,
    path: String,
    version: String,
}

#[derive(Serialize)]
struct Findings {
    python: Option<Tool>,
    python_error: Option<String>,
    compilers: Vec<Tool>,
    selected_compiler: Option<String>,
    compiler_error: Option<String>,
    cxxflags: Vec<String>,
    /// rustc for `--target rust` (optional: only LLM engines porting to Rust need it).
    rustc: Option<Tool>,
    rustc_error: Option<String>,
    rustflags: Vec<String>,
    runtime_dir: Option<String>,
    /// Every protection of the sandbox, active on this machine or not.
    sandbox: Vec<pyport_exec::Protection>,
}

/// Runs `pyport doctor`; exit status 1 when something needed is missing.
pub fn run(args: DoctorArgs) -> Result<ExitCode> {
    let (python, python_error) = match pyport_exec::find_python(None) {
        Ok(p) => (Some(Tool { kind: "cpython".into(), path: p.path.display().to_string(), version: p.version }), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let compilers: Vec<Tool> = pyport_exec::detect_compilers()
        .into_iter()
        .map(|c| Tool { kind: c.kind.to_string(), path: c.path.display().to_string(), version: c.version })
        .collect();
    let (selected_compiler, compiler_error) = match pyport_exec::find_cxx(None) {
        Ok(c) => (Some(c.path.display().to_string()), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let (rustc, rustc_error) = match pyport_exec::find_rustc() {
        Ok(r) => (Some(Tool { kind: "rustc".into(), path: r.path.display().to_string(), version: r.version }), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let findings = Findings {
        python,
        python_error,
        compilers,
        selected_compiler,
        compiler_error,
        cxxflags: pyport_exec::cxxflags(None),
        rustc,
        rustc_error,
        rustflags: pyport_exec::DEFAULT_RUSTFLAGS.iter().map(|f| f.to_string()).collect(),
        runtime_dir: pyport::pipeline::runtime_include_dir().ok().map(|d| d.display().to_string()),
        sandbox: pyport_exec::capabilities().protections(),
    };
    let ok = findings.python.is_some() && findings.selected_compiler.is_some();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&findings)?);
    } else {
        match (&findings.python, &findings.python_error) {
            (Some(p), _) => println!("python      {} (CPython {})", p.path, p.version),
            (None, Some(e)) => println!("python      missing: {e}"),
            _ => {}
        }
        if findings.compilers.is_empty() {
            println!("compilers   none found");
        }
        for c in &findings.compilers {
            let mark = if findings.selected_compiler.as_deref() == Some(c.path.as_str()) { " (selected)" } else { "" };
            println!("compiler    {} {} {}{mark}", c.kind, c.version, c.path);
        }
        if let Some(e) = &findings.compiler_error {
            println!("compiler    missing: {e}");
        }
        println!("cxxflags    {}", findings.cxxflags.join(" "));
        match (&findings.rustc, &findings.rustc_error) {
            (Some(r), _) => println!("rustc       {} {} (--target rust: {})", r.version, r.path, findings.rustflags.join(" ")),
            (None, Some(e)) => println!("rustc       missing (needed only for --target rust): {e}"),
            _ => {}
        }
        if let Some(d) = &findings.runtime_dir {
            println!("runtime     {d}");
        }
        for p in &findings.sandbox {
            let state = if p.active { "on " } else { "OFF" };
            println!("sandbox     {state} {:<36} {}", p.name, p.how);
        }
        println!("status      {}", if ok { "ready" } else { "not ready: install what is missing above" });
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
