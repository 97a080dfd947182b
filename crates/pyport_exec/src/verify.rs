//! Deciding whether the C++ run behaved exactly like the CPython run.
//!
//! Stdout is compared byte for byte, line by line, the termination must be
//! the same normal exit, and the runs must leave the same files in their working
//! directories ([`RunOutcome::written_files`]): text files line by line as stdout,
//! other files byte for byte, links by their targets. By default lines that report
//! time have their numbers masked, because a fast port is supposed to print different
//! timings; callers turn that off for programs that never read a clock, whose "time"
//! lines are plain data. Lines matching an ignore pattern are skipped, and counted apart.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use regex::bytes::Regex;
use serde::Serialize;

use crate::files::WrittenFile;
use crate::run::{RunOutcome, Termination};
use crate::ExecError;

/// Shown in place of a line when an output has no more lines.
const END_OF_OUTPUT: &str = "<end of output>";

/// Shown in place of a line when a file has no more lines.
const END_OF_FILE: &str = "<end of file>";

/// Shown for the side that did not write a file the other side wrote.
const NO_FILE: &str = "<no file>";

/// Bytes shown from the first difference of two binary files.
const SHOWN_BYTES: usize = 16;

/// Lines longer than this are shown as a window around the first difference.
const SHOWN_LINE_CHARS: usize = 200;

/// How to compare two runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyOptions {
    /// Compare exactly: no masking of timing lines and no ignored lines.
    pub strict: bool,
    /// Regular expressions; lines matching any of them are ignored (unless strict).
    pub ignore_line_patterns: Vec<String>,
    /// Mask the numbers on timing lines (unless strict). Only a program that
    /// reads a clock can print timings, so callers clear this for the others.
    pub mask_timing_lines: bool,
}

impl Default for VerifyOptions {
    /// Not strict, no ignore patterns, timing lines masked.
    fn default() -> Self {
        VerifyOptions {
            strict: false,
            ignore_line_patterns: Vec::new(),
            mask_timing_lines: true,
        }
    }
}

/// The result of comparing a run with the reference run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Same stdout (after masking), the same normal exit and the same written files.
    Identical {
        /// Timing lines of the expected output (stdout and files) whose numbers were masked.
        masked_lines: usize,
        /// Lines of the expected output (stdout and files) skipped by an ignore pattern.
        ignored_lines: usize,
        /// The files both runs wrote, identical, by path; none is left out.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        files: Vec<String>,
    },
    /// The exits agree but stdout differs, or a file written in the working directory does.
    ///
    /// For a file that is not text (a NUL byte, or not UTF-8), `line` is the line of the first
    /// differing byte, and `expected`/`actual` show its offset and the bytes from there in hex.
    OutputDiffers {
        /// The written file that differs (relative to the working directory); `None` for stdout.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        file: Option<String>,
        /// The first differing line, 1-based.
        line: usize,
        /// That line in the expected output, or a marker such as `<end of output>` (`<no file>`
        /// when the reference run did not write the file).
        expected: String,
        /// That line in the actual output, or a marker such as `<end of output>` (`<no file>`).
        actual: String,
        /// Timing lines of the expected output whose numbers were masked.
        masked_lines: usize,
        /// Lines of the expected output skipped by an ignore pattern.
        ignored_lines: usize,
    },
    /// The runs ended differently (status, or the last stderr line of a failed run), or at
    /// least one did not exit normally.
    ExitStatusDiffers {
        /// How the reference run ended, e.g. "exit status 0".
        expected: String,
        /// How the checked run ended, e.g. "killed by SIGSEGV".
        actual: String,
    },
}

impl Verdict {
    /// Whether the run verified.
    pub fn is_identical(&self) -> bool {
        matches!(self, Verdict::Identical { .. })
    }
}

/// Compares `actual` (the port) against `expected` (CPython).
///
/// A run that timed out or was killed by a signal never verifies, even if the
/// other run ended the same way: [`Verdict::ExitStatusDiffers`] then shows both.
/// Output cut off by the output limit never verifies either.
///
/// When stdout and the exits agree, the files each run wrote
/// ([`RunOutcome::written_files`]; both empty unless the runs collected them) must
/// agree too: the same paths, text files the same line by line (masked as stdout is),
/// other files byte for byte, links the same targets. A file not kept whole
/// ([`WrittenFile::truncated`](crate::WrittenFile::truncated)) never verifies.
///
/// Unless `opts.strict`, lines matching an ignore pattern are ignored entirely,
/// and, if `opts.mask_timing_lines`, a line that mentions time (the words time,
/// elapsed, seconds, secs, took, duration, ms, runtime, timing, a number
/// with a time unit such as "12ms", "0.52s" or "1 second", or a rate per second
/// such as "156250 pystones/second", "3.1 MB/s" or "40 frames per second") has
/// every number replaced by `#` in both outputs. The word "second" alone is not
/// a timing ("second place: 3" is data): only as a unit after a number or in a
/// rate.
pub fn verify(
    expected: &RunOutcome,
    actual: &RunOutcome,
    opts: &VerifyOptions,
) -> Result<Verdict, ExecError> {
    let masker = Masker::new(opts)?;

    let abnormal = |t: &Termination| !matches!(t, Termination::Exited(_));
    if expected.termination != actual.termination
        || abnormal(&expected.termination)
        || abnormal(&actual.termination)
    {
        return Ok(Verdict::ExitStatusDiffers {
            expected: expected.termination.to_string(),
            actual: actual.termination.to_string(),
        });
    }

    let mut counts = Counts::default();
    if let Some((line, expected_shown, actual_shown)) =
        compare_lines(&masker, &Text::stdout(expected), &Text::stdout(actual), &mut counts)
    {
        return Ok(Verdict::OutputDiffers {
            file: None,
            line,
            expected: expected_shown,
            actual: actual_shown,
            masked_lines: counts.masked,
            ignored_lines: counts.ignored,
        });
    }
    if let Some(verdict) = failure_lines_differ(expected, actual) {
        return Ok(verdict);
    }
    if let Some((file, line, expected_shown, actual_shown)) =
        files_differ(&masker, &expected.written_files, &actual.written_files, &mut counts)
    {
        return Ok(Verdict::OutputDiffers {
            file: Some(file),
            line,
            expected: expected_shown,
            actual: actual_shown,
            masked_lines: counts.masked,
            ignored_lines: counts.ignored,
        });
    }
    Ok(Verdict::Identical {
        masked_lines: counts.masked,
        ignored_lines: counts.ignored,
        files: expected.written_files.iter().map(|f| f.path.clone()).collect(),
    })
}

/// Lines of the expected output masked and ignored, over stdout and the files compared.
#[derive(Default)]
struct Counts {
    masked: usize,
    ignored: usize,
}

/// One output compared line by line: its bytes, whether they were cut, and the marker shown past its last line.
struct Text<'a> {
    bytes: &'a [u8],
    truncated: bool,
    end: String,
}

impl Text<'_> {
    fn stdout(outcome: &RunOutcome) -> Text<'_> {
        let end = if outcome.stdout_truncated {
            format!("<output truncated after {} bytes>", outcome.stdout.len())
        } else {
            END_OF_OUTPUT.to_string()
        };
        Text { bytes: &outcome.stdout, truncated: outcome.stdout_truncated, end }
    }

    fn file(file: &WrittenFile) -> Text<'_> {
        Text { bytes: &file.content, truncated: file.truncated, end: file_end(file) }
    }
}

/// The first difference of two outputs, line by line after masking: the line (1-based) and both
/// sides as shown. Output cut off never verifies: if all that was kept agrees, the difference is
/// past it.
fn compare_lines(masker: &Masker, expected: &Text<'_>, actual: &Text<'_>, counts: &mut Counts) -> Option<(usize, String, String)> {
    let expected_lines = lines(expected.bytes, expected.truncated);
    let actual_lines = lines(actual.bytes, actual.truncated);
    let expected_masked: Vec<Masked> = expected_lines.iter().map(|l| masker.mask(l)).collect();
    counts.masked += expected_masked
        .iter()
        .zip(&expected_lines)
        .filter(|(masked, line)| masked.changes(line))
        .count();
    counts.ignored += expected_masked
        .iter()
        .filter(|masked| **masked == Masked::Ignored)
        .count();

    for index in 0..expected_lines.len().max(actual_lines.len()) {
        let expected_line = expected_lines.get(index).zip(expected_masked.get(index));
        let (expected_shown, actual_shown) = match (expected_line, actual_lines.get(index)) {
            (Some((e, e_masked)), Some(a)) => {
                if *e_masked == masker.mask(a) {
                    continue;
                }
                show_pair(e, a)
            }
            (Some((e, _)), None) => (show_line(e, 0), actual.end.clone()),
            (None, Some(a)) => (expected.end.clone(), show_line(a, 0)),
            (None, None) => unreachable!("index is below the longer length"),
        };
        return Some((index + 1, expected_shown, actual_shown));
    }
    if expected.truncated || actual.truncated {
        // Everything we kept agrees, but the rest was never seen.
        return Some((expected_lines.len() + 1, expected.end.clone(), actual.end.clone()));
    }
    None
}

/// The first written file (by path) that differs between the runs: its path, the line, and both
/// sides as shown. A file only one side wrote shows `<no file>` for the other.
fn files_differ(
    masker: &Masker,
    expected: &[WrittenFile],
    actual: &[WrittenFile],
    counts: &mut Counts,
) -> Option<(String, usize, String, String)> {
    let expected: BTreeMap<&str, &WrittenFile> = expected.iter().map(|f| (f.path.as_str(), f)).collect();
    let actual: BTreeMap<&str, &WrittenFile> = actual.iter().map(|f| (f.path.as_str(), f)).collect();
    let paths: BTreeSet<&str> = expected.keys().chain(actual.keys()).copied().collect();
    for path in paths {
        let difference = match (expected.get(path), actual.get(path)) {
            (Some(e), Some(a)) => compare_files(masker, e, a, counts),
            (Some(e), None) => Some((1, first_line(e), NO_FILE.to_string())),
            (None, Some(a)) => Some((1, NO_FILE.to_string(), first_line(a))),
            (None, None) => unreachable!("the path is one of theirs"),
        };
        if let Some((line, e, a)) = difference {
            return Some((path.to_string(), line, e, a));
        }
    }
    None
}

/// The first difference of two files of the same path, as [`compare_lines`] for text.
fn compare_files(masker: &Masker, expected: &WrittenFile, actual: &WrittenFile, counts: &mut Counts) -> Option<(usize, String, String)> {
    if expected.symlink || actual.symlink {
        let same = expected.symlink && actual.symlink && expected.content == actual.content && !expected.truncated && !actual.truncated;
        return (!same).then(|| (1, first_line(expected), first_line(actual)));
    }
    if is_text(expected) && is_text(actual) {
        return compare_lines(masker, &Text::file(expected), &Text::file(actual), counts);
    }
    let offset = match expected.content.iter().zip(&actual.content).position(|(e, a)| e != a) {
        Some(offset) => offset,
        None if expected.content.len() == actual.content.len() && !expected.truncated && !actual.truncated => return None,
        None => expected.content.len().min(actual.content.len()),
    };
    let line = expected.content[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    Some((line, show_bytes(expected, offset), show_bytes(actual, offset)))
}

/// Whether a file is compared as text: no NUL byte and UTF-8 (but for a character cut at the cap).
fn is_text(file: &WrittenFile) -> bool {
    !file.content.contains(&0)
        && match std::str::from_utf8(&file.content) {
            Ok(_) => true,
            Err(e) => file.truncated && e.error_len().is_none(),
        }
}

/// The marker past the last line kept of a file.
fn file_end(file: &WrittenFile) -> String {
    match (file.truncated, file.content.is_empty()) {
        (false, _) => END_OF_FILE.to_string(),
        (true, false) => format!("<file truncated after {} bytes>", file.content.len()),
        (true, true) => "<not kept: past the limits on written files, or unreadable>".to_string(),
    }
}

/// A file as shown when the other side has none (or a link where the other has a file): its first line.
fn first_line(file: &WrittenFile) -> String {
    if file.symlink {
        return format!("<symbolic link to `{}`>", show_line(&file.content, 0));
    }
    if !is_text(file) {
        return show_bytes(file, 0);
    }
    match lines(&file.content, file.truncated).first() {
        Some(line) => show_line(line, 0),
        None if file.truncated => file_end(file),
        None => "<empty file>".to_string(),
    }
}

/// Bytes of a binary file from `offset`, in hex: `byte 1234: 50 36 0a …`.
fn show_bytes(file: &WrittenFile, offset: usize) -> String {
    let rest = file.content.get(offset..).unwrap_or_default();
    if rest.is_empty() {
        return format!("byte {offset}: {}", file_end(file));
    }
    let shown: Vec<String> = rest.iter().take(SHOWN_BYTES).map(|b| format!("{b:02x}")).collect();
    let more = if rest.len() > SHOWN_BYTES || file.truncated { " …" } else { "" };
    format!("byte {offset}: {}{more}", shown.join(" "))
}

/// For two runs that failed with the same status, compares what each said last on stderr
/// (CPython's exception line, e.g. `AssertionError: limit too large`). A program that
/// stops with a different error is not the same program, even when stdout and the status agree.
fn failure_lines_differ(expected: &RunOutcome, actual: &RunOutcome) -> Option<Verdict> {
    if expected.termination == Termination::Exited(0) {
        return None;
    }
    let last_line = |outcome: &RunOutcome| -> String {
        if outcome.stderr_truncated {
            return "<stderr truncated>".to_string();
        }
        let text = String::from_utf8_lossy(&outcome.stderr);
        text.lines().rev().find(|l| !l.trim().is_empty()).map(str::trim_end).unwrap_or("").to_string()
    };
    let (want, got) = (last_line(expected), last_line(actual));
    if want == got && !expected.stderr_truncated {
        return None;
    }
    let describe = |outcome: &RunOutcome, line: &str| {
        let line = if line.is_empty() { "nothing on stderr".to_string() } else { format!("`{}`", show_line(line.as_bytes(), 0)) };
        format!("{} and {line}", outcome.termination)
    };
    Some(Verdict::ExitStatusDiffers { expected: describe(expected, &want), actual: describe(actual, &got) })
}

/// Checks that every ignore-line pattern is a valid regular expression, so a
/// caller can reject a typo before compiling or running anything.
pub fn check_ignore_patterns(patterns: &[String]) -> Result<(), ExecError> {
    compile_patterns(patterns).map(drop)
}

fn compile_patterns(patterns: &[String]) -> Result<Vec<Regex>, ExecError> {
    patterns
        .iter()
        .map(|pattern| {
            Regex::new(pattern).map_err(|err| ExecError::BadPattern {
                pattern: pattern.clone(),
                reason: pattern_reason(&err),
            })
        })
        .collect()
}

/// The regex parser's complaint on one line.
///
/// A syntax error reads "regex parse error:", the pattern, a caret line, then
/// "error: <reason>"; the pattern is shown by our own message already.
fn pattern_reason(err: &regex::Error) -> String {
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    match err {
        regex::Error::Syntax(text) => text
            .lines()
            .rev()
            .find_map(|line| line.strip_prefix("error: "))
            .map_or_else(|| one_line(text), one_line),
        regex::Error::CompiledTooBig(limit) => {
            format!("the compiled pattern exceeds the size limit of {limit} bytes")
        }
        other => one_line(&other.to_string()),
    }
}

/// Splits output into lines that keep their `\n`, so a missing final newline
/// is a difference. A truncated output loses its cut-off last line.
fn lines(output: &[u8], truncated: bool) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = output.split_inclusive(|&b| b == b'\n').collect();
    if truncated && lines.last().is_some_and(|l| !l.ends_with(b"\n")) {
        lines.pop();
    }
    lines
}

/// A line as compared: ignored entirely, or its (possibly masked) bytes.
#[derive(Debug, PartialEq, Eq)]
enum Masked<'a> {
    Ignored,
    Text(Cow<'a, [u8]>),
}

impl Masked<'_> {
    /// Whether masking rewrote `original` (an ignored line is not rewritten).
    fn changes(&self, original: &[u8]) -> bool {
        matches!(self, Masked::Text(text) if text.as_ref() != original)
    }
}

/// The compiled masking rules for one comparison.
struct Masker {
    strict: bool,
    mask_timing_lines: bool,
    ignore: Vec<Regex>,
}

impl Masker {
    fn new(opts: &VerifyOptions) -> Result<Self, ExecError> {
        // Patterns are checked even in strict mode so a typo is never silent.
        let ignore = compile_patterns(&opts.ignore_line_patterns)?;
        Ok(Masker {
            strict: opts.strict,
            mask_timing_lines: opts.mask_timing_lines,
            ignore,
        })
    }

    fn mask<'a>(&self, line: &'a [u8]) -> Masked<'a> {
        if self.strict {
            return Masked::Text(Cow::Borrowed(line));
        }
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        if self.ignore.iter().any(|re| re.is_match(content)) {
            return Masked::Ignored;
        }
        if !self.mask_timing_lines {
            return Masked::Text(Cow::Borrowed(line));
        }
        let rules = timing_rules();
        if rules.time_word.is_match(line) || rules.time_unit.is_match(line) || rules.rate.is_match(line) {
            Masked::Text(rules.number.replace_all(line, &b"#"[..]))
        } else {
            Masked::Text(Cow::Borrowed(line))
        }
    }
}

/// The fixed regexes that find and mask timing lines.
struct TimingRules {
    time_word: Regex,
    time_unit: Regex,
    rate: Regex,
    number: Regex,
}

fn timing_rules() -> &'static TimingRules {
    static RULES: OnceLock<TimingRules> = OnceLock::new();
    RULES.get_or_init(|| TimingRules {
        time_word: Regex::new(
            r"(?i)\b(?:time|elapsed|seconds|secs|took|duration|ms|runtime|timing)\b",
        )
        .expect("valid regex"),
        // "12ms", "3 µs", "0.52s": a bare "s" only after a decimal number, so
        // that "the 1990s" is not a timing.
        time_unit: Regex::new(
            r"(?i)(?:[0-9]\s?(?:ms|µs|us|ns|sec|secs|second|seconds|milliseconds|microseconds|nanoseconds)|[0-9]\.[0-9]+\s?s)\b",
        )
        .expect("valid regex"),
        // A rate: "pystones/second", "MB/s", "3/sec", "per second" (the count before it varies
        // with the speed of the run). "/s" needs a unit or number before it.
        rate: Regex::new(r"(?i)(?:[0-9a-z_)\]%]\s?/\s?(?:s|sec|secs|second|seconds)|\bper\s+(?:s|sec|secs|second|seconds))\b")
            .expect("valid regex"),
        number: Regex::new(r"[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?").expect("valid regex"),
    })
}

/// Shows two differing lines, windowed around their first difference if long.
fn show_pair(expected: &[u8], actual: &[u8]) -> (String, String) {
    let first_diff = expected
        .iter()
        .zip(actual)
        .position(|(e, a)| e != a)
        .unwrap_or(expected.len().min(actual.len()));
    let mut shown = (
        show_line(expected, first_diff),
        show_line(actual, first_diff),
    );
    if shown.0 == shown.1 {
        // Only the line ending differs; say so instead of showing equal text.
        let missing = " <no newline at end of output>";
        if expected.ends_with(b"\n") {
            shown.1.push_str(missing);
        } else {
            shown.0.push_str(missing);
        }
    }
    shown
}

/// A line for people: without its `\n`, lossy UTF-8, control characters
/// escaped, and cut to a window around byte `focus` when long.
fn show_line(line: &[u8], focus: usize) -> String {
    let content = line.strip_suffix(b"\n").unwrap_or(line);
    let text = String::from_utf8_lossy(content);
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = if chars.len() <= SHOWN_LINE_CHARS {
        (0, chars.len())
    } else {
        // `focus` is a byte offset; as a char index it is close enough for a window.
        let start = focus.min(chars.len()).saturating_sub(SHOWN_LINE_CHARS / 4);
        (start, (start + SHOWN_LINE_CHARS).min(chars.len()))
    };
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    for &c in &chars[start..end] {
        if c.is_control() && c != '\t' {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    if end < chars.len() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(line: &str) -> String {
        let masker = Masker::new(&VerifyOptions::default()).unwrap();
        match masker.mask(line.as_bytes()) {
            Masked::Ignored => "<ignored>".to_string(),
            Masked::Text(text) => String::from_utf8(text.into_owned()).unwrap(),
        }
    }

    #[test]
    fn masks_numbers_on_timing_lines_only() {
        assert_eq!(masked("Execution Time: 8.57 s\n"), "Execution Time: # s\n");
        assert_eq!(masked("took 12 ms for 3 items"), "took # ms for # items");
        assert_eq!(masked("done in 0.52s"), "done in #s");
        assert_eq!(masked("done in 120ms"), "done in #ms");
        assert_eq!(masked("elapsed=1.5e-3"), "elapsed=#");
        assert_eq!(masked("sum = 42"), "sum = 42");
        assert_eq!(masked("in the 1990s"), "in the 1990s");
        assert_eq!(masked("timestamp 5"), "timestamp 5");
    }

    #[test]
    fn masks_rates_per_second() {
        // Shed Skin's examples.
        assert_eq!(masked("This machine benchmarks at 156250 pystones/second\n"), "This machine benchmarks at # pystones/second\n");
        assert_eq!(masked("sorted 1000000 numbers/second"), "sorted # numbers/second");
        assert_eq!(masked("throughput: 3.5 MB/s"), "throughput: # MB/s");
        assert_eq!(masked("12 ops / sec"), "# ops / sec");
        assert_eq!(masked("40 frames per second"), "# frames per second");
        assert_eq!(masked("rate 7 per sec"), "rate # per sec");
        assert_eq!(masked("waited 1 second"), "waited # second");
        // "second" alone is an ordinal as often as a unit: not a timing.
        assert_eq!(masked("second place: 3"), "second place: 3");
        assert_eq!(masked("the second of 2 runs"), "the second of 2 runs");
        assert_eq!(masked("a 2nd/3rd split of 5"), "a 2nd/3rd split of 5");
    }

    #[test]
    fn long_lines_are_windowed_around_the_difference() {
        let e = format!("{}X{}", "a".repeat(1000), "b".repeat(1000));
        let a = format!("{}Y{}", "a".repeat(1000), "b".repeat(1000));
        let (se, sa) = show_pair(e.as_bytes(), a.as_bytes());
        assert!(se.contains('X') && sa.contains('Y'));
        assert!(se.starts_with('…') && se.ends_with('…'));
        assert!(se.chars().count() <= SHOWN_LINE_CHARS + 2);
    }
}
