//! `pyport convert`: translate, compile, run beside CPython, verify and time one program.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use pyport::pipeline::{self, RunReport, VerdictReport};
use pyport_llm::Lang;
use serde::Serialize;

use super::check::{read_program, CheckArgs};

/// Arguments of `pyport convert`.
#[derive(Args)]
pub struct ConvertArgs {
    /// The Python program to port.
    pub input: PathBuf,
    /// Where to write the port (default: next to the input, with `.cpp`, or `.rs` for `--target rust`).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The engine that writes the C++: `builtin`, an LLM as `PROVIDER:MODEL` (e.g. `openai:gpt-4o`, `ollama:qwen2.5-coder:7b`), or `auto` (builtin where it can, else `default_model` from pyport.toml).
    #[arg(long, default_value = "builtin")]
    pub engine: String,
    /// LLM engines: show the model's answer on stderr as it streams in.
    #[arg(long)]
    pub stream: bool,
    /// LLM engines: rounds of repair after a failed check (compiler errors, differing output, crash, timeout go back to the model).
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub repair: usize,
    /// LLM engines: always ask the model, never answer from the local response cache.
    #[arg(long)]
    pub no_cache: bool,
    /// The language to port to: `cpp`, or `rust` (LLM engines only; compiled with rustc, std only).
    #[arg(long, default_value = "cpp", value_name = "LANG", value_parser = parse_target)]
    pub target: Lang,
    /// Only translate; do not compile or run.
    #[arg(long)]
    pub no_run: bool,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// How the port is compiled, run and compared with CPython.
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Serialize)]
struct Report<'a> {
    engine: &'a str,
    input: String,
    output: Option<String>,
    translate_s: f64,
    diagnostics: Vec<pyport_syntax::DiagnosticJson>,
    run: Option<RunReport>,
    verified: Option<bool>,
}

pub(crate) fn default_output(input: &Path) -> PathBuf {
    input.with_extension("cpp")
}

/// `--target`: `cpp` (also `c++`) or `rust` (also `rs`).
pub(crate) fn parse_target(s: &str) -> Result<Lang, String> {
    match s.to_ascii_lowercase().as_str() {
        "cpp" | "c++" => Ok(Lang::Cpp),
        "rust" | "rs" => Ok(Lang::Rust),
        _ => Err(format!("unknown target `{s}`; choose `cpp` or `rust`")),
    }
}

/// The usage error for the builtin engine asked for another language than C++.
pub(crate) const BUILTIN_CPP_ONLY: &str =
    "`--target rust`: the builtin engine emits C++ only; use an LLM engine (`--engine PROVIDER:MODEL`, or `--engine auto` with a `default_model` in pyport.toml)";

/// Whether `output` is `input` under any spelling (`./x`, an absolute path, `..`, a link):
/// the same device and inode. An output that does not exist yet cannot be the input.
pub(crate) fn is_same_file(input: &Path, output: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(input), std::fs::metadata(output)) {
        (Ok(i), Ok(o)) => i.dev() == o.dev() && i.ino() == o.ino(),
        _ => false,
    }
}

/// Runs `pyport convert`. Exit: 0 verified (or translated with `--no-run`), 1 not verified or not translatable.
pub fn run(mut args: ConvertArgs) -> Result<ExitCode> {
    if args.target == Lang::Rust {
        // Only LLM engines write Rust; `auto` goes straight to the configured model.
        return match args.engine.as_str() {
            "builtin" => anyhow::bail!("{BUILTIN_CPP_ONLY}"),
            "auto" => {
                let model = super::llm::default_model("`--engine auto --target rust`: the builtin engine emits C++ only, so the LLM ports every program, but")?;
                if !args.json {
                    eprintln!("pyport: auto: the builtin engine emits C++ only; using `{model}` for `--target rust`");
                }
                super::llm::convert(args, &model, None)
            }
            _ => {
                let engine = args.engine.clone();
                super::llm::convert(args, &engine, None)
            }
        };
    }
    if args.engine == "builtin" && !args.json {
        let ignored: Vec<&str> = [(args.stream, "`--stream`"), (args.no_cache, "`--no-cache`")]
            .into_iter()
            .filter_map(|(on, flag)| on.then_some(flag))
            .collect();
        if !ignored.is_empty() {
            eprintln!("pyport: note: {} only affect{} LLM engines; the builtin engine ignores {}", ignored.join(" and "), if ignored.len() == 1 { "s" } else { "" }, if ignored.len() == 1 { "it" } else { "them" });
        }
    }
    if args.engine == "auto" {
        match super::llm::auto_choice(&args)? {
            Some((engine, findings)) => return super::llm::convert(args, &engine, Some(findings)),
            None => args.engine = "builtin".into(),
        }
    }
    if args.engine != "builtin" {
        let engine = args.engine.clone();
        return super::llm::convert(args, &engine, None);
    }
    args.check.validate()?;
    let text = read_program(&args.input)?;
    let display = args.input.display().to_string();
    // Before translating: refusing the output path is a usage error, whatever the program says.
    let output = args.output.clone().unwrap_or_else(|| default_output(&args.input));
    if is_same_file(&args.input, &output) {
        anyhow::bail!("the output path `{}` is the input file; choose another with `-o`", output.display());
    }
    let mut translation = pipeline::translate_with(&display, &text, args.check.ints());
    let diagnostics: Vec<_> = translation.diagnostics.iter().map(|d| d.to_json(&translation.file)).collect();
    let mut report = Report {
        engine: "builtin",
        input: display.clone(),
        output: None,
        translate_s: translation.duration.as_secs_f64(),
        diagnostics,
        run: None,
        verified: None,
    };
    let Some(cpp) = &translation.cpp else {
        eprint!("{}", translation.render_diagnostics());
        if args.json {
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        return Ok(ExitCode::from(1));
    };
    // Warnings (functions left out) do not stop the translation, but the user should see them.
    eprint!("{}", translation.render_diagnostics());
    pipeline::write_atomic(&output, cpp)?;
    report.output = Some(output.display().to_string());
    if args.no_run {
        if args.json {
            println!("{}", serde_json::to_string_pretty(&report)?);
        } else {
            println!("engine      builtin");
            println!("output      {}", output.display());
            println!("translate   {}", secs(report.translate_s));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let opts = args.check.run_options(false, translation.uses_clock)?;
    if !args.json {
        eprintln!("pyport: compiling and running `{}` beside CPython…", display);
    }
    let mut run = pipeline::build_and_run(&args.input, &output, &opts)?;
    if translation.runs_examples && matches!(run.verdict, pipeline::VerdictReport::CompileError { .. }) {
        // The C++ that runs the docstring examples does not compile: port the program without them.
        let why = "the C++ compiler rejects the port that runs them";
        translation = pipeline::translate_without_examples(&display, &text, args.check.ints(), why);
        if let Some(cpp) = &translation.cpp {
            eprint!("{}", translation.render_diagnostics());
            pipeline::write_atomic(&output, cpp)?;
            report.translate_s += translation.duration.as_secs_f64();
            report.diagnostics = translation.diagnostics.iter().map(|d| d.to_json(&translation.file)).collect();
            run = pipeline::build_and_run(&args.input, &output, &opts)?;
        }
    }
    let verified = run.verified();
    report.verified = Some(verified);
    if args.json {
        report.run = Some(run);
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_human(&report, &run, &output);
    }
    Ok(if verified { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub(crate) fn secs(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.3} s")
    } else {
        format!("{:.2} ms", s * 1e3)
    }
}

fn print_human(report: &Report, run: &RunReport, output: &Path) {
    println!("engine      builtin");
    println!("output      {}", output.display());
    println!("translate   {}", secs(report.translate_s));
    print_run(run);
}

/// What a verified run matched: stdout, the exit status, and the files written, if any.
fn verified_what(files: &[String]) -> String {
    const NAMED: usize = 3;
    let names: Vec<String> = files.iter().take(NAMED).map(|f| format!("`{f}`")).collect();
    let more = if files.len() > NAMED { format!(" and {} more", files.len() - NAMED) } else { String::new() };
    match files.len() {
        0 => "stdout and exit status".to_string(),
        1 => format!("stdout, exit status and the file written ({})", names[0]),
        n => format!("stdout, exit status and the {n} files written ({}{more})", names.join(", ")),
    }
}

/// The `inputs` line: the files staged beside the program for both runs, and those left out.
pub(crate) fn print_inputs(run: &RunReport) {
    if !run.inputs.is_empty() {
        let shown: Vec<String> = run.inputs.iter().map(|i| format!("{} (staged from {})", i.name, i.from)).collect();
        println!("inputs      {}", shown.join(", "));
    }
    if !run.inputs_over_cap.is_empty() {
        println!("not staged  {} (over {} MiB of input files in all)", run.inputs_over_cap.join(", "), pipeline::INPUT_BYTES_CAP >> 20);
    }
}

/// The inputs, compile, verdict and timing lines of a report, for any engine.
pub(crate) fn print_run(run: &RunReport) {
    let lang = run.language.name();
    print_inputs(run);
    println!("compiler    {}", run.compile_command);
    println!("compile     {}", secs(run.compile_s));
    match &run.verdict {
        VerdictReport::Verified { masked_lines, ignored_lines, files } => {
            let mut notes = Vec::new();
            match masked_lines {
                0 => {}
                1 => notes.push("1 timing line masked".to_string()),
                n => notes.push(format!("{n} timing lines masked")),
            }
            match ignored_lines {
                0 => {}
                1 => notes.push("1 line ignored".to_string()),
                n => notes.push(format!("{n} lines ignored")),
            }
            let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join(", ")) };
            println!("verdict     verified: {} identical to CPython{notes}", verified_what(files));
        }
        VerdictReport::OutputDiffers { file: Some(file), line, expected, actual, .. } => {
            println!("verdict     NOT VERIFIED: the file `{file}` written differs at line {line}");
            println!("  CPython   {expected}");
            println!("  {lang:<10}{actual}");
        }
        VerdictReport::OutputDiffers { file: None, line, expected, actual, .. } => {
            println!("verdict     NOT VERIFIED: output differs at line {line}");
            println!("  CPython   {expected}");
            println!("  {lang:<10}{actual}");
        }
        VerdictReport::ExitStatusDiffers { expected, actual } => {
            println!("verdict     NOT VERIFIED: CPython ended with {expected}, the {lang} program with {actual}");
        }
        VerdictReport::CompileError { stderr } => {
            println!("verdict     NOT VERIFIED: the {lang} did not compile");
            for l in stderr.lines().take(30) {
                println!("  {l}");
            }
        }
        VerdictReport::CompileTimeout => println!("verdict     NOT VERIFIED: the {lang} compiler timed out"),
        VerdictReport::RuntimeError { termination } => {
            println!("verdict     NOT VERIFIED: runtime error: the {lang} program ended with {termination}");
        }
        VerdictReport::Timeout { limit } => println!("verdict     NOT VERIFIED: timeout: the {lang} program passed the {limit}"),
        VerdictReport::MemoryLimit { limit_bytes } => {
            println!("verdict     NOT VERIFIED: memory limit: the {lang} program ran out of its {} MiB", limit_bytes >> 20);
        }
        VerdictReport::OutputLimit { bytes } => {
            println!("verdict     NOT VERIFIED: output limit: output truncated at {bytes} bytes, the {lang} program was stopped");
        }
        VerdictReport::PythonFailed { termination, stderr } => {
            println!("verdict     NOT VERIFIED: CPython itself did not finish ({termination})");
            for l in stderr.lines() {
                println!("  {l}");
            }
        }
    }
    if let Some(b) = &run.both_failed {
        println!("failed      on both sides, alike: {}", b.termination);
        let shown = |l: &str| if l.is_empty() { "(nothing on stderr)".to_string() } else { l.to_string() };
        println!("  CPython   {}", shown(&b.python));
        println!("  {lang:<10}{}", shown(&b.port));
        if b.python.contains("FileNotFoundError") {
            println!(
                "note        a missing input file? A file the program opens by a literal name is staged from the current folder, else from the program's; add others with `--input-file`"
            );
        }
    }
    if let Some(e) = &run.cpp_stderr {
        println!("{lang} stderr");
        for l in e.lines() {
            println!("  {l}");
        }
    }
    if let (Some(p), Some(c)) = (&run.python_timing, &run.cpp_timing) {
        println!("CPython     {} median, {} min ({} run{})", secs(p.median_s), secs(p.min_s), p.runs, if p.runs == 1 { "" } else { "s" });
        println!("{lang:<12}{} median, {} min ({} run{})", secs(c.median_s), secs(c.min_s), c.runs, if c.runs == 1 { "" } else { "s" });
    }
    if let Some(s) = run.speedup {
        println!("speedup     {s:.1}×");
    }
}
