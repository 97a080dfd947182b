//! Parse Python (through ruff's parser, pinned) into pyport's own AST, reporting every problem as a [`Diagnostic`].
pub mod ast;
pub mod diagnostic;
mod lower;
mod opened_files;
pub mod source;
mod unused;

pub use diagnostic::{Diagnostic, DiagnosticJson, Label, Severity};
pub use lower::doctest_run::INTRINSIC_PREFIX as DOCTEST_INTRINSIC_PREFIX;
pub use lower::{SET_STAR_METHODS, SUPPORTED_MODULES};
pub use opened_files::opened_file_literals;
pub use source::{SourceFile, Span};
pub use unused::UnusedFunction;

use ruff_python_ast::PySourceType;

/// The result of parsing: the program (possibly partial) and every diagnostic found.
pub struct Parsed {
    pub program: ast::Program,
    pub diagnostics: Vec<Diagnostic>,
    /// The `doctest.testmod()` statement whose docstring examples the program runs, compiled in
    /// (`lower/doctest_run.rs`). Diagnostics about the examples' code have spans past the file's end.
    pub runs_examples: Option<Span>,
}

/// What becomes of the docstring examples a `doctest.testmod()` statement runs.
#[derive(Clone, Debug)]
pub enum Examples {
    /// Compiled into the program and run where the statement stands, when the port can.
    Run,
    /// Left out, with a `doctest-left-out` warning giving this reason, if any.
    LeftOut(Option<String>),
}

impl Parsed {
    /// True when no error was reported.
    pub fn is_ok(&self) -> bool {
        !self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Parses and lowers `file`. Never panics on any input; syntax errors and unsupported constructs are all reported.
pub fn parse(file: &SourceFile) -> Parsed {
    parse_leaving_out(file, &[])
}

/// [`parse`] with the docstring examples as `examples` says.
pub fn parse_with(file: &SourceFile, examples: &Examples) -> Parsed {
    parse_with_leaving_out(file, &[], examples)
}

/// The module-level functions and methods of `file` that no code reaches (none when it does not parse): see
/// `unused.rs`. Leaving them out of a translation cannot change what the program does.
pub fn unused_functions(file: &SourceFile) -> Vec<UnusedFunction> {
    unused_functions_with(file, &Examples::Run)
}

/// [`unused_functions`] with the docstring examples as `examples` says (a function only they
/// call is unused when they are left out).
pub fn unused_functions_with(file: &SourceFile, examples: &Examples) -> Vec<UnusedFunction> {
    let parsed = ruff_python_parser::parse_unchecked_source(&file.text, PySourceType::Python);
    if parsed.has_invalid_syntax() {
        return Vec::new();
    }
    unused::unused_functions(&module_body(file, &parsed.syntax().body, examples).body)
}

/// The module's statements as lowering sees them.
struct ModuleBody {
    body: Vec<ruff_python_ast::Stmt>,
    /// The names of the nested classes moved out (`lower/nested_class.rs`).
    hoisted: std::collections::HashSet<String>,
    /// The statement whose examples are run (`lower/doctest_run.rs`).
    runs_examples: Option<Span>,
    /// Why a `testmod()` statement's examples are left out.
    left_out_because: Option<String>,
    /// Earlier definitions of a name defined twice, renamed: new name to Python name
    /// (`lower/redefined.rs`).
    py_names: std::collections::HashMap<String, String>,
}

/// The module's statements as the port sees them: with `f = deco(f)` right after `def f` as
/// `@deco` (`lower/assign_decorators.rs`), `Color = Enum('Color', 'RED GREEN')` as a class
/// (`lower/enum_functional.rs`), `typing.OrderedDict()` (and the other aliases of collections classes
/// used as classes) from `collections` (`lower/typing_aliases.rs`), `collections.abc.Iterator` bases dropped and `@abstractproperty` as `@property @abstractmethod`, abstract static methods that subclasses implement
/// as instance methods made instance methods (`lower/abc_mixins.rs`),
/// private names mangled
/// (`lower/mangle.rs`), `x.__str__()` as `str(x)` and the like (`lower/dunder_calls.rs`), recursive lambdas as `def`s (`lower/recursive_lambda.rs`), earlier definitions of a name defined twice renamed (`lower/redefined.rs`), `queue.PriorityQueue`s as heaps (`lower/priority_queue.rs`), `getattr(x, "name")` as `x.name` (`lower/const_getattr.rs`), `sys.version_info` tests and Python 2 probes decided (`lower/version.rs`,
/// `lower/py2compat.rs`), decorators' `*args` wrappers given the decorated functions' parameters
/// (`lower/vararg_wrappers.rs`) or copied per decorated function (`lower/decorator_clones.rs`),
/// nested classes moved out (`lower/nested_class.rs`), `**kwargs` parameters made dict parameters
/// (`lower/kwargs_params.rs`), and, as `examples` says, a `doctest.testmod()` statement's examples
/// compiled in (`lower/doctest_run.rs`).
fn module_body(file: &SourceFile, body: &[ruff_python_ast::Stmt], examples: &Examples) -> ModuleBody {
    let (mut owned, runs_examples, left_out_because) = match examples {
        Examples::LeftOut(why) => (body.to_vec(), None, why.clone()),
        Examples::Run => match lower::doctest_run::expand(&file.text, body) {
            lower::doctest_run::Plan::Nothing => (body.to_vec(), None, None),
            lower::doctest_run::Plan::Refused(why) => (body.to_vec(), None, Some(why)),
            lower::doctest_run::Plan::Run(b, at) => (b, Some(at), None),
        },
    };
    if lower::mangle::mentions(&file.text) {
        lower::mangle::mangle(&mut owned);
    }
    if lower::dunder_calls::mentions(&file.text) {
        lower::dunder_calls::rewrite(&mut owned);
    }
    if lower::recursive_lambda::mentions(&file.text) {
        lower::recursive_lambda::rewrite(&mut owned);
    }
    lower::assign_decorators::rewrite(&mut owned);
    if lower::typing_aliases::mentions(&file.text) {
        lower::typing_aliases::rewrite(&mut owned);
    }
    if lower::abc_mixins::mentions(&file.text) {
        lower::abc_mixins::rewrite(&mut owned);
    }
    if lower::abc_mixins::mentions_abstract_property(&file.text) {
        lower::abc_mixins::abstract_properties(&mut owned);
    }
    if lower::abc_mixins::mentions_static_abstract(&file.text) {
        lower::abc_mixins::static_abstract_interfaces(&mut owned);
    }
    if lower::enum_functional::mentions(&file.text) {
        lower::enum_functional::rewrite(&mut owned);
    }
    let py_names = lower::redefined::rename(&mut owned, &file.text);
    if lower::implicit_static::mentions(&file.text) {
        lower::implicit_static::rewrite(&mut owned);
    }
    if lower::priority_queue::mentions(&file.text) {
        lower::priority_queue::rewrite(&mut owned, &file.text);
    }
    if lower::const_getattr::mentions(&file.text) {
        lower::const_getattr::rewrite(&mut owned);
    }
    if lower::version::mentions(&file.text) {
        lower::version::fold(&mut owned, &lower::version::VersionNames::collect(body));
    }
    if lower::py2compat::mentions(&file.text) {
        lower::py2compat::fold_probes(&mut owned);
    }
    if lower::vararg_wrappers::mentions(&file.text) {
        lower::vararg_wrappers::specialize(&mut owned);
    }
    if lower::decorator_clones::mentions(&file.text) {
        lower::decorator_clones::specialize(&mut owned);
    }
    let hoisted = lower::nested_class::hoist(&mut owned);
    if lower::kwargs_params::mentions(&file.text) {
        lower::kwargs_params::rewrite(&mut owned, &py_names);
    }
    ModuleBody { body: owned, hoisted, runs_examples, left_out_because, py_names }
}

/// [`parse`] without the module-level statements and methods whose spans are `leave_out`
/// (functions and methods found by [`unused_functions`]).
pub fn parse_leaving_out(file: &SourceFile, leave_out: &[Span]) -> Parsed {
    parse_with_leaving_out(file, leave_out, &Examples::Run)
}

/// [`parse_leaving_out`] with the docstring examples as `examples` says.
pub fn parse_with_leaving_out(file: &SourceFile, leave_out: &[Span], examples: &Examples) -> Parsed {
    let parsed = ruff_python_parser::parse_unchecked_source(&file.text, PySourceType::Python);
    let mut diagnostics = Vec::new();
    for err in parsed.errors() {
        let sp = Span::new(err.location.start().to_u32(), err.location.end().to_u32());
        diagnostics.push(Diagnostic::error("syntax-error", format!("syntax error: {}", err.error), sp));
    }
    for err in parsed.unsupported_syntax_errors() {
        let sp = Span::new(err.range.start().to_u32(), err.range.end().to_u32());
        diagnostics.push(Diagnostic::error("syntax-error", format!("syntax error: {err}"), sp));
    }
    if !diagnostics.is_empty() {
        return Parsed { program: ast::Program::default(), diagnostics, runs_examples: None };
    }
    let mut lowerer = lower::Lowerer::new();
    let ModuleBody { body, hoisted, runs_examples, left_out_because, py_names } = module_body(file, &parsed.syntax().body, examples);
    let body = &body[..];
    lowerer.hoisted_classes = hoisted;
    lowerer.program.py_names = py_names;
    lowerer.doctest_module(body, left_out_because);
    lowerer.name_errors(body);
    if leave_out.is_empty() {
        lowerer.module(body);
    } else {
        let left_out = |s: &ruff_python_ast::Stmt| {
            let r = ruff_text_size::Ranged::range(s);
            leave_out.contains(&Span::new(r.start().to_u32(), r.end().to_u32()))
        };
        let kept: Vec<_> = body
            .iter()
            .filter(|s| !left_out(s))
            .map(|s| match s {
                // Methods left out: the class without them.
                ruff_python_ast::Stmt::ClassDef(c) if c.body.iter().any(left_out) => {
                    let mut c = c.clone();
                    c.body.retain(|m| !left_out(m));
                    ruff_python_ast::Stmt::ClassDef(c)
                }
                s => s.clone(),
            })
            .collect();
        lowerer.module(&kept);
    }
    diagnostics.extend(lowerer.diagnostics);
    Parsed { program: lowerer.program, diagnostics, runs_examples }
}
