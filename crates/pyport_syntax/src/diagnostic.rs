//! One diagnostic type for the whole pipeline, rendered with a code frame for people and as JSON for machines.
use serde::Serialize;

use crate::source::{SourceFile, Span};

/// How bad a diagnostic is: errors stop the translation, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A source range with a short note shown under it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A finding about the program: what, where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Stable kebab-case code, e.g. `syntax-error`, `unsupported-syntax`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The first label is the primary location.
    pub labels: Vec<Label>,
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            labels: vec![Label { span, message: String::new() }],
            help: None,
        }
    }

    /// Adds a `help:` line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a secondary label.
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { span, message: message.into() });
        self
    }

    /// The primary span.
    pub fn span(&self) -> Span {
        self.labels.first().map(|l| l.span).unwrap_or_default()
    }

    /// Renders `error[code]: message`, the `--> file:line:col` pointer and a code frame.
    pub fn render(&self, file: &SourceFile) -> String {
        let mut out = String::new();
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!("{sev}[{}]: {}\n", self.code, self.message));
        let primary = self.span();
        let (line, col) = file.line_col(primary.start);
        let width = self
            .labels
            .iter()
            .map(|l| file.line_col(l.span.start).0.to_string().len())
            .max()
            .unwrap_or(1);
        let pad = " ".repeat(width);
        out.push_str(&format!("{pad}--> {}:{line}:{col}\n", file.path));
        out.push_str(&format!("{pad} |\n"));
        for label in &self.labels {
            let (l, c) = file.line_col(label.span.start);
            let full = file.line_text(l);
            let (end_line, end_col) = file.line_col(label.span.end.max(label.span.start));
            let mut carets = if end_line == l && end_col > c { end_col - c } else { full.chars().count().saturating_sub(c - 1).max(1) };
            // Very long lines are shown as a window around the label.
            let (text, c) = if full.chars().count() > 160 {
                let from = c.saturating_sub(41);
                let window: String = full.chars().skip(from).take(120).collect();
                carets = carets.min(120 - (c - 1 - from).min(119));
                let pre = if from > 0 { "…" } else { "" };
                let post = if from + 120 < full.chars().count() { "…" } else { "" };
                (format!("{pre}{window}{post}"), c - from + pre.chars().count())
            } else {
                (full.to_string(), c)
            };
            let text = text.as_str();
            out.push_str(&format!("{:>width$} | {}\n", l, text.trim_end()));
            let lead: String = text.chars().take(c - 1).map(|ch| if ch == '\t' { '\t' } else { ' ' }).collect();
            let mut marker = format!("{pad} | {lead}{}", "^".repeat(carets));
            if !label.message.is_empty() {
                marker.push(' ');
                marker.push_str(&label.message);
            }
            out.push_str(marker.trim_end());
            out.push('\n');
        }
        if let Some(help) = &self.help {
            out.push_str(&format!("{pad} = help: {help}\n"));
        }
        out
    }

    /// A machine-readable view with resolved line and column numbers.
    pub fn to_json(&self, file: &SourceFile) -> DiagnosticJson {
        let (line, column) = file.line_col(self.span().start);
        let (end_line, end_column) = file.line_col(self.span().end);
        DiagnosticJson {
            code: self.code,
            severity: self.severity,
            message: self.message.clone(),
            file: file.path.clone(),
            line,
            column,
            end_line,
            end_column,
            help: self.help.clone(),
        }
    }
}

/// The JSON shape of a diagnostic, with resolved positions (1-based line, 1-based column in characters).
#[derive(Clone, Debug, Serialize)]
pub struct DiagnosticJson {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub help: Option<String>,
}
