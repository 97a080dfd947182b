//! Server-rendered pages. Every value that reaches HTML goes through [`esc`]; JSON embedded in a
//! page goes through [`script_json`].
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use pyport_eval::leaderboard::{self, battle_outcome};
use pyport_eval::ratings::{self, Battle, Outcome};
use pyport_eval::store::{Attempt, Run};
use serde_json::Value;

use crate::{internal, ApiError, Shared};

const APP_JS: &str = include_str!("../assets/app.js");
const STYLE_CSS: &str = include_str!("../assets/style.css");

/// Escapes text for HTML content and quoted attributes.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// JSON safe inside `<script type="application/json">`.
fn script_json(v: &Value) -> String {
    v.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

fn layout(title: &str, active: &str, body: &str) -> Html<String> {
    let mut nav = String::new();
    for (href, name) in [("/", "Convert"), ("/arena", "Arena"), ("/leaderboard", "Leaderboard"), ("/h2h", "Head to head"), ("/models", "Models")] {
        let cls = if name == active { " class=\"on\"" } else { "" };
        let _ = write!(nav, "<a href=\"{href}\"{cls}>{name}</a>");
    }
    Html(format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>{} · pyport</title><link rel=\"stylesheet\" href=\"/assets/style.css\"><script src=\"/assets/app.js\" defer></script></head>\
<body><header><b>pyport</b><nav>{nav}</nav></header><main>{body}</main></body></html>\n",
        esc(title)
    ))
}

fn program_picker(st: &Shared) -> String {
    let mut s = String::from("<select id=\"example\"><option value=\"\">pick an example…</option>");
    for (name, _) in &st.opts.programs {
        let _ = write!(s, "<option>{}</option>", esc(name));
    }
    s.push_str("</select>");
    s
}

fn convert_body(st: &Shared, python: &str, stored: Option<&Value>) -> String {
    let mut engines = String::new();
    for (i, e) in st.opts.engines.iter().enumerate() {
        let checked = if i == 0 { " checked" } else { "" };
        let _ = write!(engines, "<label><input type=\"checkbox\" name=\"engine\" value=\"{0}\"{checked}> {0}</label> ", esc(e));
    }
    let mut s = format!(
        "<h1>Convert</h1><div class=\"row\"><div class=\"col\"><div class=\"bar\">{} <span id=\"engines\">{engines}</span></div>\
<textarea id=\"python\" spellcheck=\"false\" placeholder=\"paste a Python program\">{}</textarea>\
<div class=\"bar\"><button id=\"btn-convert\">Convert</button> <button id=\"btn-run-py\">Run Python</button> \
<button id=\"btn-run-cpp\">Run C++</button> <button id=\"btn-all\" class=\"main\">Convert, run both, verify</button> \
<span id=\"state\" class=\"note\"></span></div><div id=\"msg\" class=\"err\" hidden></div></div></div><div id=\"results\"></div>",
        program_picker(st),
        esc(python)
    );
    if let Some(v) = stored {
        let _ = write!(s, "<script type=\"application/json\" id=\"stored\">{}</script>", script_json(v));
    }
    s
}

/// `GET /`: the Convert page.
pub(crate) async fn convert(State(st): State<Shared>) -> Html<String> {
    layout("Convert", "Convert", &convert_body(&st, "", None))
}

/// `GET /c/{id}`: a stored conversion.
pub(crate) async fn permalink(State(st): State<Shared>, Path(id): Path<String>) -> Result<Html<String>, ApiError> {
    let stored = st.db.lock().map_err(internal)?.conversion(&id).map_err(internal)?;
    let Some((python, results)) = stored else {
        return Err(ApiError(StatusCode::NOT_FOUND, format!("no stored conversion `{id}`; it may be from another database")));
    };
    let v: Value = serde_json::from_str(&results).map_err(internal)?;
    let v = serde_json::json!({"id": id, "results": v});
    Ok(layout("Conversion", "Convert", &convert_body(&st, &python, Some(&v))))
}

/// `GET /arena`.
pub(crate) async fn arena(State(st): State<Shared>) -> Html<String> {
    let pool = &st.opts.arena;
    let note = if pool.len() < 2 {
        format!(
            "<p class=\"err\" id=\"arena-off\">Only one engine is available ({}): the arena needs two. Configure LLM engines in \
pyport.toml and start <code>pyport serve --arena builtin,PROVIDER:MODEL</code>.</p>",
            pool.first().map(|e| format!("<code>{}</code>", esc(e))).unwrap_or_else(|| "none".into())
        )
    } else {
        format!(
            "<p class=\"note\">Two engines drawn at random from a pool of {} port the same program. Vote for the better port; \
the names are revealed after your vote.</p>",
            pool.len()
        )
    };
    let body = format!(
        "<h1>Arena</h1>{note}<div class=\"bar\">{}</div><textarea id=\"python\" spellcheck=\"false\" placeholder=\"paste a Python program\"></textarea>\
<div class=\"bar\"><button id=\"btn-battle\" class=\"main\"{}>Start a battle</button> <span id=\"state\" class=\"note\"></span></div>\
<div id=\"msg\" class=\"err\" hidden></div>\
<div id=\"reveal\"></div>\
<div class=\"row\"{}><div class=\"col side\" id=\"side-A\"><h2>Model A</h2></div><div class=\"col side\" id=\"side-B\"><h2>Model B</h2></div></div>\
<div class=\"bar\" id=\"votes\" hidden><span class=\"note\">Which port is better?</span><button data-vote=\"a\">A is better</button> <button data-vote=\"b\">B is better</button> \
<button data-vote=\"tie\">Tie</button> <button data-vote=\"bad\">Both bad</button></div>",
        program_picker(&st),
        if pool.len() < 2 { " disabled" } else { "" },
        if pool.len() < 2 { " hidden" } else { "" }
    );
    layout("Arena", "Arena", &body)
}

/// Leaderboard filters.
#[derive(serde::Deserialize, Default)]
pub(crate) struct LbQuery {
    suite: Option<String>,
    tag: Option<String>,
    provider: Option<String>,
    open: Option<String>,
}

fn latest_run(runs: &[Run], suite: Option<&str>) -> Option<Run> {
    runs.iter().filter(|r| suite.is_none_or(|s| s.is_empty() || r.suite == s)).max_by_key(|r| r.id).cloned()
}

fn keep_engine(engine: &str, q: &LbQuery) -> bool {
    let (provider, open) = leaderboard::provider(engine);
    q.provider.as_deref().is_none_or(|p| p.is_empty() || p == provider)
        && match q.open.as_deref() {
            Some("yes") => open,
            Some("no") => !open,
            _ => true,
        }
}

/// The human-preference table from arena votes.
fn arena_table(votes: &[(String, String, String)], q: &LbQuery) -> String {
    let votes: Vec<_> = votes.iter().filter(|(a, b, _)| keep_engine(a, q) && keep_engine(b, q)).collect();
    if votes.is_empty() {
        return "<p class=\"note\" id=\"arena-votes\">No arena votes yet: play a battle on the Arena page.</p>".into();
    }
    let names: BTreeSet<&str> = votes.iter().flat_map(|(a, b, _)| [a.as_str(), b.as_str()]).collect();
    let names: Vec<&str> = names.into_iter().collect();
    let idx = |n: &str| names.iter().position(|x| *x == n).unwrap_or(0);
    let battles: Vec<Battle> = votes
        .iter()
        .map(|(a, b, v)| Battle {
            a: idx(a),
            b: idx(b),
            outcome: match v.as_str() {
                "a" => Outcome::A,
                "b" => Outcome::B,
                _ => Outcome::Tie,
            },
        })
        .collect();
    let intervals = ratings::bootstrap(names.len(), &battles, ratings::DEFAULT_PRIOR, 200, 0x7079_706f_7274);
    let mut counts: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for b in &battles {
        let (w, l) = match b.outcome {
            Outcome::A => (Some(b.a), Some(b.b)),
            Outcome::B => (Some(b.b), Some(b.a)),
            Outcome::Tie => (None, None),
        };
        for i in [b.a, b.b] {
            let c = counts.entry(names[i]).or_default();
            if w == Some(i) {
                c[0] += 1;
            } else if l == Some(i) {
                c[1] += 1;
            } else {
                c[2] += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&x, &y| intervals[y].rating.total_cmp(&intervals[x].rating));
    let mut s = String::from(
        "<table id=\"arena-votes\"><tr><th>rank</th><th class=\"l\">engine</th><th>rating</th><th>95% interval</th><th>votes</th>\
<th>won</th><th>lost</th><th>tie / both bad</th></tr>",
    );
    for i in order {
        let r = &intervals[i];
        let c = counts.get(names[i]).copied().unwrap_or_default();
        let _ = write!(
            s,
            "<tr><td>{}</td><td class=\"l\">{}</td><td>{:.0}</td><td>{:.0} – {:.0}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.rank,
            esc(names[i]),
            r.rating,
            r.lower,
            r.upper,
            c[0] + c[1] + c[2],
            c[0],
            c[1],
            c[2]
        );
    }
    s.push_str("</table><p class=\"note\">Bradley–Terry ratings from blind votes (ties and “both bad” count half a win each), bootstrap 95% intervals over 200 resamples.</p>");
    s
}

/// `GET /leaderboard`: the latest bench run and the arena votes, filtered.
pub(crate) async fn leaderboard(State(st): State<Shared>, Query(q): Query<LbQuery>) -> Result<Html<String>, ApiError> {
    let (runs, attempts, statuses) = {
        let store = st.store.lock().map_err(internal)?;
        let runs = store.runs().map_err(internal)?;
        match latest_run(&runs, q.suite.as_deref()) {
            Some(run) => {
                let attempts = store.attempts(&[run.id]).map_err(internal)?;
                let statuses = store.engine_statuses(&[run.id]).map_err(internal)?;
                (runs, Some((run, attempts)), statuses)
            }
            None => (runs, None, Vec::new()),
        }
    };
    let votes = st.db.lock().map_err(internal)?.votes().map_err(internal)?;
    let suites: BTreeSet<&str> = runs.iter().map(|r| r.suite.as_str()).collect();
    let mut tags = BTreeSet::new();
    let mut providers = BTreeSet::new();
    if let Some((_, a)) = &attempts {
        for at in a {
            tags.extend(at.tags.split(',').map(str::trim).filter(|t| !t.is_empty()).map(String::from));
            providers.insert(leaderboard::provider(&at.engine).0);
        }
    }
    for (a, b, _) in &votes {
        providers.insert(leaderboard::provider(a).0);
        providers.insert(leaderboard::provider(b).0);
    }
    let select = |name: &str, all: &str, opts: Vec<String>, cur: Option<&str>| {
        let mut s = format!("<label>{name} <select name=\"{name}\"><option value=\"\">{all}</option>");
        for o in opts {
            let sel = if cur == Some(o.as_str()) { " selected" } else { "" };
            let _ = write!(s, "<option{sel}>{}</option>", esc(&o));
        }
        s + "</select></label> "
    };
    let mut body = String::from("<h1>Leaderboard</h1><form class=\"bar\" method=\"get\">");
    body += &select("suite", "latest run", suites.iter().map(|s| s.to_string()).collect(), q.suite.as_deref());
    body += &select("tag", "all tags", tags.into_iter().collect(), q.tag.as_deref());
    body += &select("provider", "all providers", providers.into_iter().collect(), q.provider.as_deref());
    body += &select("open", "open or closed weights", vec!["yes".into(), "no".into()], q.open.as_deref());
    body += "<button>Filter</button></form><h2>Human preference (arena)</h2>";
    body += &arena_table(&votes, &q);
    body += "<h2>Benchmark</h2>";
    match attempts {
        None => body += "<p class=\"note\" id=\"bench\">No bench run in this database yet: run <code>pyport bench --suite default</code>.</p>",
        Some((run, attempts)) => {
            let attempts: Vec<Attempt> = attempts
                .into_iter()
                .filter(|a| keep_engine(&a.engine, &q))
                .filter(|a| q.tag.as_deref().is_none_or(|t| t.is_empty() || a.tags.split(',').any(|x| x.trim() == t)))
                .collect();
            let lb = leaderboard::build(std::slice::from_ref(&run), &attempts, &statuses, &leaderboard::Options::default());
            let html = leaderboard::render_html(&lb);
            let inner = html.split_once("<body>").map(|(_, b)| b).unwrap_or(&html);
            let inner = inner.rsplit_once("</body>").map(|(b, _)| b).unwrap_or(inner);
            let inner = inner.replacen("<h1>pyport leaderboard</h1>", "", 1);
            // The report's own summary names the run, its suite and start.
            let _ = write!(body, "<div class=\"lb\" id=\"bench\" data-run=\"{}\">{inner}</div>", run.id);
        }
    }
    Ok(layout("Leaderboard", "Leaderboard", &body))
}

/// Head-to-head choice.
#[derive(serde::Deserialize, Default)]
pub(crate) struct H2hQuery {
    a: Option<String>,
    b: Option<String>,
}

/// `GET /h2h?a=&b=`: two engines program by program in the latest bench run, and their arena record.
pub(crate) async fn head_to_head(State(st): State<Shared>, Query(q): Query<H2hQuery>) -> Result<Html<String>, ApiError> {
    let (run, attempts) = {
        let store = st.store.lock().map_err(internal)?;
        let runs = store.runs().map_err(internal)?;
        match latest_run(&runs, None) {
            Some(r) => {
                let a = store.attempts(&[r.id]).map_err(internal)?;
                (Some(r), a)
            }
            None => (None, Vec::new()),
        }
    };
    let votes = st.db.lock().map_err(internal)?.votes().map_err(internal)?;
    let mut engines: BTreeSet<String> = attempts.iter().map(|a| a.engine.clone()).collect();
    engines.extend(votes.iter().flat_map(|(a, b, _)| [a.clone(), b.clone()]));
    engines.extend(st.opts.engines.iter().cloned());
    let pick = |name: &str, cur: Option<&str>| {
        let mut s = format!("<select name=\"{name}\"><option value=\"\">engine…</option>");
        for e in &engines {
            let sel = if cur == Some(e.as_str()) { " selected" } else { "" };
            let _ = write!(s, "<option{sel}>{}</option>", esc(e));
        }
        s + "</select>"
    };
    let mut body = format!(
        "<h1>Head to head</h1><form class=\"bar\" method=\"get\">{} vs {} <button>Compare</button></form>",
        pick("a", q.a.as_deref()),
        pick("b", q.b.as_deref())
    );
    let (Some(a), Some(b)) = (q.a.as_deref().filter(|s| !s.is_empty()), q.b.as_deref().filter(|s| !s.is_empty())) else {
        if engines.len() < 2 {
            body += "<p class=\"note\">Head to head compares two engines, and only one is known here: run <code>pyport bench \
--suite default --engines builtin,PROVIDER:MODEL</code> on this database, or vote in the arena.</p>";
        } else {
            body += "<p class=\"note\">Pick two engines to see their record program by program in the latest bench run, and in the arena.</p>";
        }
        return Ok(layout("Head to head", "Head to head", &body));
    };
    if a == b {
        body += "<p class=\"err\">Pick two different engines.</p>";
        return Ok(layout("Head to head", "Head to head", &body));
    }
    fn first<'a>(attempts: &'a [Attempt], e: &str) -> BTreeMap<&'a str, &'a Attempt> {
        attempts.iter().filter(|x| x.engine == e && x.sample == 0).map(|x| (x.program.as_str(), x)).collect()
    }
    let (fa, fb) = (first(&attempts, a), first(&attempts, b));
    let (mut w, mut l, mut t) = (0, 0, 0);
    let mut rows = String::new();
    for (prog, xa) in &fa {
        let Some(xb) = fb.get(prog) else { continue };
        let o = battle_outcome(xa, xb);
        let word = match o {
            Outcome::A => {
                w += 1;
                "win"
            }
            Outcome::B => {
                l += 1;
                "loss"
            }
            Outcome::Tie => {
                t += 1;
                "tie"
            }
        };
        let sp = |x: &Attempt| x.speedup.map(|s| format!("{s:.1}×")).unwrap_or_else(|| "–".into());
        let _ = write!(
            rows,
            "<tr class=\"{word}\"><td class=\"l\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{word}</td></tr>",
            esc(prog),
            esc(xa.verdict.as_str()),
            sp(xa),
            esc(xb.verdict.as_str()),
            sp(xb)
        );
    }
    match &run {
        Some(r) if !rows.is_empty() => {
            let _ = write!(
                body,
                "<p>Bench run {} (<code>{}</code>): <b>{}</b> {w} wins, {l} losses, {t} ties against <b>{}</b>.</p>\
<table id=\"h2h\"><tr><th class=\"l\">program</th><th>{} verdict</th><th>speedup</th><th>{} verdict</th><th>speedup</th><th>{}</th></tr>{rows}</table>",
                r.id,
                esc(&r.suite),
                esc(a),
                esc(b),
                esc(a),
                esc(b),
                esc(a)
            );
        }
        _ => body += "<p class=\"note\">No bench run has both engines on the same programs.</p>",
    }
    let (mut va, mut vb, mut vt) = (0, 0, 0);
    for (x, y, v) in &votes {
        let flip = if x == a && y == b {
            false
        } else if x == b && y == a {
            true
        } else {
            continue;
        };
        match (v.as_str(), flip) {
            ("a", false) | ("b", true) => va += 1,
            ("b", false) | ("a", true) => vb += 1,
            _ => vt += 1,
        }
    }
    let times = |n: usize| if n == 1 { "once".to_string() } else { format!("{n} times") };
    let _ = write!(
        body,
        "<p id=\"h2h-votes\">Arena votes: {} preferred {}, {} preferred {}, {vt} {} or both bad.</p>",
        esc(a),
        times(va),
        esc(b),
        times(vb),
        if vt == 1 { "tie" } else { "ties" }
    );
    Ok(layout("Head to head", "Head to head", &body))
}

/// `GET /models`: the catalog in force (bundled, the user's catalog file, `[[model]]` of
/// pyport.toml), sorted and filtered in the page.
pub(crate) async fn models(State(st): State<Shared>) -> Html<String> {
    let (catalog, problem) = match pyport_llm::catalog::effective(&st.opts.config.models) {
        Ok(c) => (c, None),
        Err(e) => (pyport_llm::catalog::all().to_vec(), Some(e.to_string())),
    };
    let mut s = String::from(
        "<h1>Models</h1><div class=\"bar\"><input id=\"filter\" placeholder=\"filter: provider, model, family\"> \
<label><input type=\"checkbox\" id=\"open-only\"> open weights only</label> \
<label>max $/Mtok out <input id=\"max-price\" type=\"number\" min=\"0\" step=\"any\" style=\"width:6em\"></label> \
<label>min context <input id=\"min-ctx\" type=\"number\" min=\"0\" step=\"1000\" style=\"width:8em\"></label></div>\
<table id=\"models\" class=\"sortable\"><thead><tr><th class=\"l\">provider</th><th class=\"l\">model</th><th class=\"l\">family</th>\
<th>open</th><th>params (B)</th><th>context</th><th>max out</th><th>$/Mtok in</th><th>$/Mtok out</th><th>cutoff</th></tr></thead><tbody>",
    );
    let opt = |v: Option<String>| v.unwrap_or_default();
    if let Some(p) = problem {
        let note = format!("<h1>Models</h1><p class=\"err\">Your catalog could not be read ({}); the bundled one is shown.</p>", esc(&p));
        s = s.replacen("<h1>Models</h1>", &note, 1);
    }
    for m in &catalog {
        let open = match m.open_weights {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let _ = write!(
            s,
            "<tr data-open=\"{open}\"><td class=\"l\">{}</td><td class=\"l\">{}</td><td class=\"l\">{}</td><td>{open}</td><td>{}</td>\
<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&m.provider),
            esc(&m.model),
            esc(&opt(m.family.clone())),
            opt(m.parameters_b.map(|p| format!("{p}"))),
            opt(m.context_window.map(|c| c.to_string())),
            opt(m.max_output.map(|c| c.to_string())),
            opt(m.usd_per_mtok_in.map(|c| format!("{c}"))),
            opt(m.usd_per_mtok_out.map(|c| format!("{c}"))),
            esc(&opt(m.knowledge_cutoff.clone())),
        );
    }
    s.push_str("</tbody></table><p class=\"note\">Click a column header to sort. Prices in US dollars per million tokens.</p>");
    layout("Models", "Models", &s)
}

/// `GET /assets/app.js`.
pub(crate) async fn app_js() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], APP_JS).into_response()
}

/// `GET /assets/style.css`.
pub(crate) async fn style_css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], STYLE_CSS).into_response()
}
