//! The shape of a literal `re` pattern, read at compile time: its groups (count, names, which may
//! not take part in a match) and whether the runtime's engine (`runtime/pyport/re.hpp`) supports
//! it. The reader accepts exactly what the runtime's parser accepts (CPython 3.11's syntax minus
//! possessive quantifiers, atomic and conditional groups, `\N{...}`, the A/L flags).

/// What the program needs to know about a compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReShape {
    /// Named groups and their numbers.
    pub names: Vec<(String, usize)>,
    /// Per group (1-based, index 0 is group 1): true when a match may leave it unset.
    pub optional: Vec<bool>,
}

impl ReShape {
    pub fn groups(&self) -> usize {
        self.optional.len()
    }
    /// The group number of `name`.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }
}

/// Why a pattern is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReError {
    /// Valid Python, not supported by the runtime engine.
    Unsupported(String),
    /// CPython would raise `re.error(message)` at this code point position.
    Invalid(String, usize),
}

pub const FLAG_I: i64 = 2;
pub const FLAG_L: i64 = 4;
pub const FLAG_M: i64 = 8;
pub const FLAG_S: i64 = 16;
pub const FLAG_U: i64 = 32;
pub const FLAG_X: i64 = 64;
pub const FLAG_A: i64 = 256;

/// The value of `re.NAME` used as a flag.
pub fn flag_value(name: &str) -> Option<i64> {
    Some(match name {
        "I" | "IGNORECASE" => FLAG_I,
        "L" | "LOCALE" => FLAG_L,
        "M" | "MULTILINE" => FLAG_M,
        "S" | "DOTALL" => FLAG_S,
        "U" | "UNICODE" => FLAG_U,
        "X" | "VERBOSE" => FLAG_X,
        "A" | "ASCII" => FLAG_A,
        "NOFLAG" => 0,
        _ => return None,
    })
}

struct P {
    p: Vec<char>,
    i: usize,
    flags: i64,
    ngroups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    optional: Vec<bool>,
}

type R<T> = Result<T, ReError>;

fn bad<T>(msg: impl Into<String>, pos: usize) -> R<T> {
    Err(ReError::Invalid(msg.into(), pos))
}
fn unsupported<T>(what: impl Into<String>) -> R<T> {
    Err(ReError::Unsupported(what.into()))
}

fn is_flag_char(c: char) -> bool {
    matches!(c, 'i' | 'm' | 's' | 'x' | 'a' | 'L' | 'u')
}
fn flag_of(c: char) -> R<i64> {
    Ok(match c {
        'i' => FLAG_I,
        'm' => FLAG_M,
        's' => FLAG_S,
        'x' => FLAG_X,
        'u' => FLAG_U,
        _ => return unsupported(format!("the inline flag `{c}`")),
    })
}
fn is_oct(c: char) -> bool {
    ('0'..='7').contains(&c)
}

/// Width of what was parsed: `None` when variable.
type W = Option<usize>;

fn add(a: W, b: W) -> W {
    Some(a? + b?)
}

impl P {
    fn eof(&self) -> bool {
        self.i >= self.p.len()
    }
    fn peek(&self) -> char {
        self.p[self.i]
    }
    fn skip_ws(&mut self) {
        if self.flags & FLAG_X == 0 {
            return;
        }
        while !self.eof() {
            let c = self.peek();
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.i += 1;
            } else if c == '#' {
                while !self.eof() && self.peek() != '\n' {
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    fn global_flags(&mut self) -> R<()> {
        let p = &self.p;
        let mut j = 0;
        while j + 2 < p.len() && p[j] == '(' && p[j + 1] == '?' && is_flag_char(p[j + 2]) {
            let mut k = j + 2;
            let mut f = 0;
            while k < p.len() && is_flag_char(p[k]) {
                f |= flag_of(p[k])?;
                k += 1;
            }
            if k < p.len() && p[k] == ')' {
                self.flags |= f;
                j = k + 1;
            } else {
                break;
            }
        }
        Ok(())
    }

    /// Alternatives; `opt` is whether groups parsed here may be left unset.
    fn alt(&mut self, opt: bool) -> R<W> {
        let mark = self.i;
        let first_group = self.ngroups;
        let mut w = self.seq(opt)?;
        let mut many = false;
        while !self.eof() && self.peek() == '|' {
            self.i += 1;
            many = true;
            let w2 = self.seq(true)?;
            if w != w2 {
                w = None;
            }
        }
        if many {
            for g in first_group..self.ngroups {
                self.optional[g] = true;
            }
        }
        let _ = mark;
        Ok(w)
    }

    fn hex(&mut self, digits: usize, start: usize) -> R<char> {
        let mut v: u32 = 0;
        for _ in 0..digits {
            if self.eof() {
                return bad("incomplete escape", start);
            }
            let c = self.p[self.i];
            self.i += 1;
            let Some(d) = c.to_digit(16).filter(|_| c.is_ascii()) else { return bad("incomplete escape", start) };
            v = v * 16 + d;
        }
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None if v <= 0x10FFFF => unsupported("a surrogate code point escape"),
            None => bad("bad escape", start),
        }
    }

    /// An escape standing for one code point; `None` when it is something else.
    fn char_escape(&mut self, c: char, start: usize) -> R<Option<char>> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'x' => self.hex(2, start)?,
            'u' => self.hex(4, start)?,
            'U' => self.hex(8, start)?,
            'N' => return unsupported("`\\N{...}` escapes"),
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    if !self.eof() && is_oct(self.peek()) {
                        v = v * 8 + self.peek().to_digit(8).unwrap_or(0);
                        self.i += 1;
                    }
                }
                char::from_u32(v).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => return Ok(None),
            c => c,
        }))
    }

    fn class(&mut self, start: usize) -> R<()> {
        if !self.eof() && self.peek() == '^' {
            self.i += 1;
        }
        let mut first = true;
        loop {
            if self.eof() {
                return bad("unterminated character set", start);
            }
            let c = self.p[self.i];
            if c == ']' && !first {
                self.i += 1;
                return Ok(());
            }
            first = false;
            let at = self.i;
            self.i += 1;
            let lo: char;
            if c == '\\' {
                if self.eof() {
                    return bad("bad escape (end of pattern)", at);
                }
                let e = self.p[self.i];
                self.i += 1;
                if matches!(e, 'd' | 'D' | 's' | 'S' | 'w' | 'W') {
                    continue;
                } else if e == 'b' {
                    lo = '\x08';
                } else if is_oct(e) {
                    let mut v = e.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        if !self.eof() && is_oct(self.peek()) {
                            v = v * 8 + self.peek().to_digit(8).unwrap_or(0);
                            self.i += 1;
                        }
                    }
                    if v > 0o377 {
                        return bad("octal escape value out of range", at);
                    }
                    lo = char::from_u32(v).unwrap_or('\0');
                } else {
                    match self.char_escape(e, at)? {
                        Some(x) => lo = x,
                        None => return bad(format!("bad escape \\{e}"), at),
                    }
                }
            } else {
                lo = c;
            }
            if self.i + 1 < self.p.len() && self.p[self.i] == '-' && self.p[self.i + 1] != ']' {
                self.i += 1;
                let at2 = self.i;
                let c2 = self.p[self.i];
                self.i += 1;
                let hi = if c2 == '\\' {
                    if self.eof() {
                        return bad("bad escape (end of pattern)", at2);
                    }
                    let e = self.p[self.i];
                    self.i += 1;
                    if e == 'b' {
                        '\x08'
                    } else {
                        match self.char_escape(e, at2)? {
                            Some(x) => x,
                            None => return bad("bad character range", at),
                        }
                    }
                } else {
                    c2
                };
                if hi < lo {
                    return bad("bad character range", at);
                }
            }
        }
    }

    fn int(&mut self) -> Option<usize> {
        let s = self.i;
        let mut x: usize = 0;
        while !self.eof() && self.peek().is_ascii_digit() {
            x = (x * 10 + self.peek().to_digit(10).unwrap_or(0) as usize).min(1_000_000_000);
            self.i += 1;
        }
        (self.i > s).then_some(x)
    }

    /// `{m,n}` after the `{`: `None` (position unchanged) for a literal brace.
    fn braces(&mut self) -> Option<(usize, Option<usize>)> {
        let save = self.i;
        let a = self.int();
        if !self.eof() && self.peek() == '}' {
            if let Some(a) = a {
                self.i += 1;
                return Some((a, Some(a)));
            }
            self.i = save;
            return None;
        }
        if self.eof() || self.peek() != ',' {
            self.i = save;
            return None;
        }
        self.i += 1;
        let b = self.int();
        if self.eof() || self.peek() != '}' {
            self.i = save;
            return None;
        }
        self.i += 1;
        Some((a.unwrap_or(0), b))
    }

    fn name(&mut self, end: char, start: usize) -> R<String> {
        let mut s = String::new();
        while !self.eof() && self.peek() != end {
            s.push(self.peek());
            self.i += 1;
        }
        if self.eof() {
            return bad("missing group name terminator", start);
        }
        self.i += 1;
        if s.is_empty() {
            return bad("missing group name", start);
        }
        Ok(s)
    }

    fn seq(&mut self, opt: bool) -> R<W> {
        let mut w: W = Some(0);
        loop {
            self.skip_ws();
            if self.eof() {
                break;
            }
            let c = self.peek();
            if c == '|' || c == ')' {
                break;
            }
            let at = self.i;
            self.i += 1;
            let first_group = self.ngroups;
            let mut repeatable = true;
            let mut iw: W = Some(1);
            match c {
                '.' => {}
                '^' | '$' => {
                    repeatable = false;
                    iw = Some(0);
                }
                '[' => self.class(at)?,
                '(' => match self.group(at, opt)? {
                    Some(x) => iw = x,
                    None => continue,
                },
                '*' | '+' | '?' => return bad("nothing to repeat", at),
                '{' => {
                    let save = self.i;
                    if self.braces().is_some() {
                        return bad("nothing to repeat", at);
                    }
                    self.i = save;
                }
                '\\' => {
                    if self.eof() {
                        return bad("bad escape (end of pattern)", at);
                    }
                    let e = self.p[self.i];
                    self.i += 1;
                    match e {
                        'A' | 'Z' | 'b' | 'B' => {
                            repeatable = false;
                            iw = Some(0);
                        }
                        'd' | 'D' | 's' | 'S' | 'w' | 'W' => {}
                        '1'..='9' => {
                            let p = &self.p;
                            if self.i + 1 < p.len() && is_oct(e) && is_oct(p[self.i]) && is_oct(p[self.i + 1]) {
                                let v = e.to_digit(8).unwrap_or(0) * 64 + p[self.i].to_digit(8).unwrap_or(0) * 8 + p[self.i + 1].to_digit(8).unwrap_or(0);
                                self.i += 2;
                                if v > 0o377 {
                                    return bad("octal escape value out of range", at);
                                }
                            } else {
                                let mut g = e.to_digit(10).unwrap_or(0) as usize;
                                if !self.eof() && self.peek().is_ascii_digit() {
                                    g = g * 10 + self.peek().to_digit(10).unwrap_or(0) as usize;
                                    self.i += 1;
                                }
                                if g > self.ngroups {
                                    return bad(format!("invalid group reference {g}"), at + 1);
                                }
                                if self.open.contains(&g) {
                                    return bad("cannot refer to an open group", at);
                                }
                                iw = None;
                            }
                        }
                        _ => {
                            if self.char_escape(e, at)?.is_none() {
                                return bad(format!("bad escape \\{e}"), at);
                            }
                        }
                    }
                }
                _ => {}
            }
            self.skip_ws();
            if !self.eof() {
                let q = self.peek();
                let qat = self.i;
                let mut rep: Option<(usize, Option<usize>)> = None;
                match q {
                    '*' => rep = Some((0, None)),
                    '+' => rep = Some((1, None)),
                    '?' => rep = Some((0, Some(1))),
                    '{' => {
                        self.i += 1;
                        rep = self.braces();
                        if rep.is_none() {
                            self.i = qat;
                        } else {
                            self.i -= 1;
                        }
                        if let Some((mn, Some(mx))) = rep {
                            if mx < mn {
                                return bad("min repeat greater than max repeat", qat + 1);
                            }
                        }
                    }
                    _ => {}
                }
                if let Some((mn, mx)) = rep {
                    if q != '{' {
                        self.i += 1;
                    } else {
                        // braces() consumed through `}`; step back was only to share the +1 below
                        self.i += 1;
                    }
                    if !repeatable {
                        return bad("nothing to repeat", qat);
                    }
                    if !self.eof() && self.peek() == '?' {
                        self.i += 1;
                    } else if !self.eof() && self.peek() == '+' {
                        return unsupported("possessive quantifiers");
                    }
                    self.skip_ws();
                    if !self.eof() && matches!(self.peek(), '*' | '+' | '?') {
                        return bad("multiple repeat", self.i);
                    }
                    if !self.eof() && self.peek() == '{' {
                        let save = self.i;
                        self.i += 1;
                        let multi = self.braces().is_some();
                        self.i = save;
                        if multi {
                            return bad("multiple repeat", self.i);
                        }
                    }
                    if mn == 0 {
                        for g in first_group..self.ngroups {
                            self.optional[g] = true;
                        }
                    }
                    iw = match (iw, mx) {
                        (Some(x), Some(m)) if m == mn => Some(x * mn),
                        _ => None,
                    };
                }
            }
            w = add(w, iw);
        }
        Ok(w)
    }

    /// A group after its `(`: `Ok(None)` for one that matches nothing and is dropped (`(?i)`,
    /// comments); otherwise its width.
    fn group(&mut self, at: usize, opt: bool) -> R<Option<W>> {
        let saved = self.flags;
        let mut capture = true;
        let mut look = false;
        let mut neg = false;
        let mut behind = false;
        let mut name: Option<String> = None;
        if !self.eof() && self.peek() == '?' {
            self.i += 1;
            if self.eof() {
                return bad("unexpected end of pattern", self.i);
            }
            let c = self.p[self.i];
            self.i += 1;
            capture = false;
            match c {
                ':' => {}
                'P' => {
                    if self.eof() {
                        return bad("unexpected end of pattern", self.i);
                    }
                    let d = self.p[self.i];
                    self.i += 1;
                    if d == '<' {
                        let n = self.name('>', self.i)?;
                        if !is_identifier(&n) {
                            return bad(format!("bad character in group name '{n}'"), at + 4);
                        }
                        if self.names.iter().any(|(x, _)| *x == n) {
                            return bad(format!("redefinition of group name '{n}' as group {}; was group {}", self.ngroups + 1, self.names.iter().find(|(x, _)| *x == n).map(|x| x.1).unwrap_or(0)), at + 4);
                        }
                        capture = true;
                        name = Some(n);
                    } else if d == '=' {
                        let n = self.name(')', self.i)?;
                        let Some(g) = self.names.iter().find(|(x, _)| *x == n).map(|x| x.1) else {
                            return bad(format!("unknown group name '{n}'"), at + 4);
                        };
                        if self.open.contains(&g) {
                            return bad("cannot refer to an open group", at + 4);
                        }
                        return Ok(Some(None));
                    } else {
                        return bad(format!("unknown extension ?P{d}"), at + 1);
                    }
                }
                '=' | '!' => {
                    look = true;
                    neg = c == '!';
                }
                '<' if !self.eof() && matches!(self.peek(), '=' | '!') => {
                    look = true;
                    behind = true;
                    neg = self.p[self.i] == '!';
                    self.i += 1;
                }
                '<' => {
                    return bad("unknown extension ?<", at + 1);
                }
                '#' => {
                    while !self.eof() && self.peek() != ')' {
                        self.i += 1;
                    }
                    if self.eof() {
                        return bad("missing ), unterminated comment", at);
                    }
                    self.i += 1;
                    return Ok(None);
                }
                c if is_flag_char(c) || c == '-' => {
                    self.i -= 1;
                    let (mut on, mut off) = (0, 0);
                    while !self.eof() && is_flag_char(self.peek()) {
                        on |= flag_of(self.peek())?;
                        self.i += 1;
                    }
                    if !self.eof() && self.peek() == '-' {
                        self.i += 1;
                        while !self.eof() && is_flag_char(self.peek()) {
                            off |= flag_of(self.peek())?;
                            self.i += 1;
                        }
                    }
                    if self.eof() {
                        return bad("missing -, : or )", self.i);
                    }
                    if self.peek() == ')' {
                        self.i += 1;
                        if at != 0 && !self.global_prefix(at) {
                            return bad("global flags not at the start of the expression", at);
                        }
                        return Ok(None);
                    }
                    if self.peek() != ':' {
                        return bad("missing -, : or )", self.i);
                    }
                    self.i += 1;
                    if (on | off) & FLAG_X != 0 {
                        return unsupported("a scoped verbose flag");
                    }
                    self.flags = (self.flags | on) & !off;
                }
                '>' => return unsupported("atomic groups `(?>...)`"),
                '(' => return unsupported("conditional groups `(?(...)...)`"),
                c => return bad(format!("unknown extension ?{c}"), at + 1),
            }
        }
        let mut g = 0;
        if capture {
            self.ngroups += 1;
            g = self.ngroups;
            self.optional.push(opt || (look && neg));
            if let Some(n) = name {
                self.names.push((n, g));
            }
            self.open.push(g);
        }
        let inner_opt = opt || neg;
        let w = self.alt(inner_opt)?;
        if self.eof() || self.peek() != ')' {
            return bad("missing ), unterminated subpattern", at);
        }
        self.i += 1;
        if capture {
            self.open.pop();
        }
        let _ = g;
        self.flags = saved;
        if look {
            if behind && w.is_none() {
                return bad("look-behind requires fixed-width pattern", at);
            }
            return Ok(Some(Some(0)));
        }
        Ok(Some(w))
    }

    fn global_prefix(&self, at: usize) -> bool {
        let p = &self.p;
        let mut j = 0;
        while j < at {
            if !(j + 2 < p.len() && p[j] == '(' && p[j + 1] == '?') {
                return false;
            }
            let mut k = j + 2;
            while k < p.len() && (is_flag_char(p[k]) || p[k] == '-') {
                k += 1;
            }
            if k >= p.len() || p[k] != ')' {
                return false;
            }
            j = k + 1;
        }
        j == at
    }
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Read a pattern compiled with `flags`.
pub fn analyze(pattern: &str, flags: i64) -> Result<ReShape, ReError> {
    if flags & FLAG_L != 0 {
        return unsupported("the flag `re.LOCALE`");
    }
    if flags & FLAG_A != 0 {
        return unsupported("the flag `re.ASCII`");
    }
    let mut p = P { p: pattern.chars().collect(), i: 0, flags, ngroups: 0, names: Vec::new(), open: Vec::new(), optional: Vec::new() };
    p.global_flags()?;
    p.alt(false)?;
    if !p.eof() {
        if p.peek() == ')' {
            return bad("unbalanced parenthesis", p.i);
        }
        return bad("unexpected character", p.i);
    }
    Ok(ReShape { names: p.names, optional: p.optional })
}

/// Check a `sub` replacement template against the pattern's groups (as the runtime reads it).
pub fn check_template(t: &str, shape: &ReShape) -> Result<(), ReError> {
    let p: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < p.len() {
        if p[i] != '\\' {
            i += 1;
            continue;
        }
        let at = i;
        i += 1;
        if i >= p.len() {
            return bad("bad escape (end of pattern)", at);
        }
        let e = p[i];
        match e {
            'g' => {
                if i + 1 >= p.len() || p[i + 1] != '<' {
                    return bad("missing <", i + 1);
                }
                let mut j = i + 2;
                let mut name = String::new();
                while j < p.len() && p[j] != '>' {
                    name.push(p[j]);
                    j += 1;
                }
                if j >= p.len() || name.is_empty() {
                    return bad("missing group name", i + 2);
                }
                if name.chars().all(|c| c.is_ascii_digit()) {
                    if name.parse::<usize>().map_or(true, |g| g > shape.groups()) {
                        return bad(format!("invalid group reference {name}"), i + 2);
                    }
                } else if shape.index(&name).is_none() {
                    return unsupported(format!("the unknown group name `{name}` in a replacement (CPython raises IndexError)"));
                }
                i = j + 1;
            }
            '1'..='9' => {
                let mut g = e.to_digit(10).unwrap_or(0) as usize;
                if i + 1 < p.len() && p[i + 1].is_ascii_digit() {
                    if is_oct(e) && is_oct(p[i + 1]) && i + 2 < p.len() && is_oct(p[i + 2]) {
                        i += 3;
                        continue;
                    }
                    g = g * 10 + p[i + 1].to_digit(10).unwrap_or(0) as usize;
                    i += 1;
                }
                if g > shape.groups() {
                    return bad(format!("invalid group reference {g}"), at + 1);
                }
                i += 1;
            }
            c if c.is_ascii_alphabetic() && !matches!(c, 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v') => {
                return bad(format!("bad escape \\{c}"), at);
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// The parameters of `re.name()` (module function) after the pattern.
pub fn module_params(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "compile" => &["flags"],
        "match" | "search" | "fullmatch" | "findall" | "finditer" => &["string", "flags"],
        "sub" | "subn" => &["repl", "string", "count", "flags"],
        "split" => &["string", "maxsplit", "flags"],
        _ => return None,
    })
}

/// The parameters of `pattern.name()`.
pub fn method_params(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "match" | "search" | "fullmatch" | "findall" | "finditer" => &["string"],
        "sub" | "subn" => &["repl", "string", "count"],
        "split" => &["string", "maxsplit"],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(p: &str) -> ReShape {
        analyze(p, 0).unwrap()
    }

    #[test]
    fn groups_and_optional() {
        let s = shape(r"(a)(b)?(?P<x>c|d)|(e)");
        assert_eq!(s.groups(), 4);
        assert_eq!(s.optional, vec![true, true, true, true]);
        let s = shape(r"(\d+)-(?P<y>\d+)(x)*");
        assert_eq!(s.optional, vec![false, false, true]);
        assert_eq!(s.index("y"), Some(2));
        assert_eq!(shape(r"(?:(a)|b)+").optional, vec![true]);
        assert_eq!(shape(r"(?=(a))a").optional, vec![false]);
        assert_eq!(shape(r"(?!(a))b").optional, vec![true]);
    }

    #[test]
    fn refused() {
        assert_eq!(analyze("a*+", 0), Err(ReError::Unsupported("possessive quantifiers".into())));
        assert!(matches!(analyze("(?>a)", 0), Err(ReError::Unsupported(_))));
        assert!(matches!(analyze("(?(1)a|b)", 0), Err(ReError::Unsupported(_))));
        assert_eq!(analyze("a**", 0), Err(ReError::Invalid("multiple repeat".into(), 2)));
        assert_eq!(analyze("*a", 0), Err(ReError::Invalid("nothing to repeat".into(), 0)));
        assert_eq!(analyze("(a", 0), Err(ReError::Invalid("missing ), unterminated subpattern".into(), 0)));
        assert_eq!(analyze("a)", 0), Err(ReError::Invalid("unbalanced parenthesis".into(), 1)));
        assert_eq!(analyze(r"(?<=a+)b", 0), Err(ReError::Invalid("look-behind requires fixed-width pattern".into(), 0)));
        assert_eq!(analyze(r"\q", 0), Err(ReError::Invalid(r"bad escape \q".into(), 0)));
        assert_eq!(analyze("[z-a]", 0), Err(ReError::Invalid("bad character range".into(), 1)));
        assert!(analyze("a{2,3}?b{,4}c{3}x{y", 0).is_ok());
        assert!(analyze("a # comment\n b+", FLAG_X).is_ok());
        assert!(analyze("(?x) a # c\n", 0).is_ok());
    }

    #[test]
    fn templates() {
        let s = shape(r"(?P<w>\w+) (\w+)");
        assert!(check_template(r"\2 \1 \g<w> \g<2> \n \.", &s).is_ok());
        assert!(check_template(r"\3", &s).is_err());
        assert!(check_template(r"\q", &s).is_err());
    }
}
