//! Generator expressions kept as values (`g = (f(x) for x in xs)`, `return (...)`, a genexp passed
//! to a user function): inference types them `Generator[T]`, and they become a `py::Generator<T>`
//! coroutine. Python's semantics: the first iterable is evaluated where the genexp is written; the
//! conditions, the other iterables and the element run when it is advanced, reading the enclosing
//! variables as they are then. So the first iterable is an argument of the coroutine, and the
//! variables it reads live in cells (`Typed::lambda_free`) passed to it: a capture-less coroutine
//! lambda keeps its parameters in its frame, which outlives the function that made it.
use super::*;

impl Emitter<'_> {
    /// `e`, a generator expression typed `Generator[T]`, as a started-on-demand coroutine.
    pub(super) fn lazy_genexp(&mut self, e: &Expr, elt: &Expr, generators: &[Comprehension]) -> String {
        let t = self.ty(e);
        let et = elem_ty(&t);
        let gct = self.cty(&t, e.span);
        let Some(first) = generators.first() else { return format!("{gct}()") };
        // A variable of an enclosing comprehension would need a cell of its own (late binding).
        let mut read = HashSet::new();
        names_read(elt, &mut read);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                names_read(&g.iter, &mut read);
            }
            g.ifs.iter().for_each(|c| names_read(c, &mut read));
        }
        let mut own = HashSet::new();
        generators.iter().for_each(|g| collect_target_names(&g.target, &mut own));
        let mut outer: Vec<&String> = read.iter().filter(|n| !own.contains(*n) && self.comp_stack.iter().any(|(_, vs)| vs.contains(*n))).collect();
        outer.sort();
        if let Some(n) = outer.first() {
            self.unsupported(
                format!("a generator expression kept as a value that reads `{n}`, a variable of an enclosing comprehension"),
                e.span,
            );
            return format!("{gct}()");
        }
        let src = self.expr(&first.iter);
        let free = self.typed.lambda_free.get(&e.id).cloned().unwrap_or_default();
        let mut params: Vec<String> = free.iter().map(|n| format!("decltype({c}) {c}", c = cell_name(n))).collect();
        params.push("auto _g0".to_string());
        let mut args: Vec<String> = free.iter().map(|n| cell_name(n)).collect();
        args.push(src);

        let saved_out = std::mem::take(&mut self.out);
        let saved_indent = self.indent;
        let saved_loops = std::mem::take(&mut self.loops);
        self.indent = 1;
        for n in &free {
            self.w(format!("auto& {} = *{};", cname(n), cell_name(n)));
        }
        self.comp_stack.push((e.id, own.clone()));
        self.declare_comp_vars(e, elt, generators, &own);
        self.overrides.insert(first.iter.id, "_g0".to_string());
        self.comp_level(generators, 0, elt, &Sink::Yield(et));
        self.overrides.remove(&first.iter.id);
        self.comp_stack.pop();
        let body = std::mem::replace(&mut self.out, saved_out);
        self.indent = saved_indent;
        self.loops = saved_loops;
        let pad = "    ".repeat(self.indent);
        let body: String = body.lines().map(|l| format!("{pad}{l}\n")).collect();
        format!("[]({}) -> {gct} {{\n{body}{pad}}}({})", params.join(", "), args.join(", "))
    }
}
