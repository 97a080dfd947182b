// pyport web UI: server-sent events over fetch, side-by-side outputs, arena votes, table sorting.
"use strict";
const $ = (s) => document.querySelector(s);
const el = (tag, attrs, text) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
let current = null; // AbortController of the running request: leaving the page aborts it

function showError(text) {
  const m = $("#msg");
  if (!m) return;
  m.hidden = !text;
  m.textContent = text || "";
}
function setState(text) { const s = $("#state"); if (s) s.textContent = text || ""; }

async function errorText(resp) {
  try { const j = await resp.json(); return j.error || resp.statusText; } catch (_) { return resp.status + " " + resp.statusText; }
}

// POSTs JSON and calls onEvent(name, data) for each server-sent event of the answer. An `error`
// event, or an answer that ends without its `done` event, throws.
async function stream(url, body, onEvent) {
  if (current) current.abort();
  current = new AbortController();
  const resp = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal: current.signal });
  if (!resp.ok) throw new Error(await errorText(resp));
  const reader = resp.body.getReader();
  const dec = new TextDecoder();
  let buf = "", finished = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const chunk = buf.slice(0, i); buf = buf.slice(i + 2);
      let name = "message", data = "";
      for (const line of chunk.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data += line.slice(5).trimStart();
      }
      if (!data) continue;
      const d = JSON.parse(data);
      if (name === "error") throw new Error(d.error);
      if (name === "done") finished = true;
      onEvent(name, d);
    }
  }
  if (!finished) throw new Error("the server ended the answer before it was complete; try again (the server's log says why)");
}

async function postJson(url, body) {
  const resp = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!resp.ok) throw new Error(await errorText(resp));
  return resp.json();
}

// Two outputs side by side, differing lines marked (in yellow when they differ only in numbers and
// `masked` says timing lines were masked for the verdict).
function sideBySide(left, right, lname, rname, masked) {
  const norm = (s) => s.replace(/[0-9.]+/g, "#");
  const row = el("div", { class: "row" });
  const a = (left || "").split("\n"), b = (right || "").split("\n");
  for (const [text, other, name] of [[a, b, lname], [b, a, rname]]) {
    const col = el("div", { class: "col" });
    col.append(el("div", { class: "note" }, name));
    const pre = el("pre", { class: "out" });
    text.forEach((line, i) => {
      const differs = line !== other[i];
      const timing = differs && masked && other[i] !== undefined && norm(line) === norm(other[i]);
      const span = el("span", differs ? (timing ? { class: "m", title: "a timing line: its numbers are not compared" } : { class: "d" }) : {}, line + "\n");
      pre.append(span);
    });
    col.append(pre);
    row.append(col);
  }
  return row;
}

const fmt = (x, d) => (x === null || x === undefined ? "–" : Number(x).toFixed(d));

// What a verdict that is not `verified` means, in a sentence.
function explain(v) {
  switch (v.kind) {
    case "output_differs":
      if (v.file) return "The file " + v.file + " the programs write differs, first on line " + v.line + ": CPython wrote " + v.expected + ", the C++ " + v.actual + ".";
      return "The outputs differ, first on line " + v.line + ".";
    case "exit_status_differs": return "CPython ended with " + v.expected + ", the C++ with " + v.actual + ".";
    case "compile_error": return "The C++ did not compile (the compiler's message is below).";
    case "compile_timeout": return "The C++ compiler ran past its time limit.";
    case "python_failed":
      return "CPython itself failed on this program (" + v.termination + "), so there is nothing to compare with" +
        (/timed out|limit/.test(v.termination) ? ": it runs longer than this server allows; start it with a larger `pyport serve --timeout SECONDS`." : ".");
    case "runtime_error": return "The C++ program stopped with " + v.termination + " where CPython finished.";
    case "timeout": return "The C++ program passed the " + v.limit + ".";
    case "memory_limit": return "The C++ program ran out of memory at " + Math.round(v.limit_bytes / 1048576) + " MiB.";
    case "output_limit": return "The C++ program printed more than " + v.bytes + " bytes and was stopped.";
    default: return "";
  }
}

// Renders one engine's result (convert page and arena).
function renderResult(box, r) {
  const old = box.querySelector(".res"); if (old) old.remove();
  const res = el("div", { class: "res" });
  if (r.error) res.append(el("pre", { class: "err" }, r.error));
  if (r.verdict) {
    const ok = r.verdict === "verified";
    res.append(el("span", { class: "verdict " + (ok ? "ok" : "bad") }, ok ? "verified: same output as CPython" : "not verified: " + r.verdict.replace(/_/g, " ")));
  }
  const c = r.check;
  if (c) {
    const facts = [];
    if (c.speedup) facts.push("speedup " + fmt(c.speedup, 1) + "×");
    if (c.python_timing) facts.push("Python " + fmt(c.python_timing.median_s, 4) + " s");
    if (c.cpp_timing) facts.push("C++ " + fmt(c.cpp_timing.median_s, 4) + " s");
    facts.push(c.compile_cached ? "compile cached" : "compile " + fmt(c.compile_s, 2) + " s");
    res.append(el("p", { class: "facts" }, facts.join(" · ")));
    const why = c.verdict && explain(c.verdict);
    if (why) res.append(el("p", { class: "err why" }, why));
    if (c.verdict && c.verdict.stderr) res.append(el("pre", { class: "err" }, c.verdict.stderr));
    const masked = (c.verdict && c.verdict.masked_lines) || 0;
    if (masked) res.append(el("p", { class: "note" }, masked + (masked === 1 ? " line prints" : " lines print") + " elapsed time: its numbers are not compared (marked yellow)."));
    if (c.python_stdout !== null || c.cpp_stdout !== null) res.append(sideBySide(c.python_stdout, c.cpp_stdout, "CPython stdout", "C++ stdout", masked > 0));
    if (c.compile_command) res.append(el("p", { class: "note" }, c.compile_command));
  }
  const llm = [];
  if (r.gen_s !== null && r.gen_s !== undefined) llm.push("generated in " + fmt(r.gen_s, 2) + " s");
  if (r.ttft_s) llm.push("first token " + fmt(r.ttft_s, 2) + " s");
  if (r.tokens_in) llm.push(r.tokens_in + " tokens in / " + r.tokens_out + " out");
  if (r.cost_usd !== null && r.cost_usd !== undefined) llm.push("$" + fmt(r.cost_usd, 5));
  if (r.repairs) llm.push(r.repairs + " repair rounds");
  if (llm.length) res.append(el("p", { class: "note" }, llm.join(" · ")));
  box.append(res);
}

function engineBox(container, key, title) {
  let box = container.querySelector('[data-tag="' + key + '"]');
  if (!box) {
    box = el("div", { class: "engine", "data-tag": key });
    if (title) box.append(el("h2", {}, title));
    box.append(el("div", { class: "status note" }));
    box.append(el("pre", { class: "cpp" }));
    container.append(box);
  }
  return box;
}

function onStreamEvent(container, titles) {
  return (name, d) => {
    if (name === "status") {
      if (d.tag === null) setState(d.text);
      else engineBox(container, d.tag, titles(d.tag)).querySelector(".status").textContent = d.text;
    } else if (name === "cpp") {
      const pre = engineBox(container, d.tag, titles(d.tag)).querySelector(".cpp");
      pre.textContent = d.replace ? d.text : pre.textContent + d.text;
    } else if (name === "result") {
      const box = engineBox(container, d.tag, titles(d.tag));
      box.querySelector(".status").textContent = "";
      renderResult(box, d.result);
    }
  };
}

// ---- Convert page
function convertPage() {
  const results = $("#results");
  const engines = () => [...document.querySelectorAll('input[name="engine"]:checked')].map((i) => i.value);
  const titles = (tag) => engines()[tag] || "engine " + tag;
  let lastCpp = "";
  const run = async (withRun) => {
    showError(""); results.textContent = ""; setState("working…");
    const chosen = engines();
    const on = onStreamEvent(results, (t) => chosen[t]);
    try {
      await stream("/api/convert", { python: $("#python").value, engines: chosen, run: withRun }, (name, d) => {
        on(name, d);
        if (name === "result" && d.result.cpp) lastCpp = d.result.cpp;
        if (name === "result" && d.result.cpp) {
          const box = results.querySelector('[data-tag="' + d.tag + '"]');
          box.dataset.index = d.tag;
        }
        if (name === "done") {
          if (d.permalink) {
            const p = el("p", { id: "permalink" });
            p.append("Permalink: ", el("a", { href: d.permalink }, location.origin + d.permalink));
            results.querySelectorAll(".engine").forEach((box, i) => {
              if (box.querySelector(".cpp").textContent) box.append(el("a", { href: d.permalink + "/download/" + i, class: "dl" }, "download C++"));
            });
            results.prepend(p);
          } else if (d.error) showError(d.error);
          setState("done");
        }
      });
    } catch (e) { if (e.name !== "AbortError") { showError(e.message); setState(""); } }
  };
  $("#btn-convert").onclick = () => run(false);
  $("#btn-all").onclick = () => run(true);
  $("#btn-run-py").onclick = async () => {
    showError(""); setState("running Python…");
    try {
      const r = await postJson("/api/run/python", { python: $("#python").value });
      showSide("CPython", r);
    } catch (e) { showError(e.message); setState(""); }
  };
  $("#btn-run-cpp").onclick = async () => {
    showError(""); setState("compiling and running C++…");
    const pre = results.querySelector(".cpp");
    const cpp = (pre && pre.textContent) || lastCpp;
    try {
      const r = await postJson("/api/run/cpp", { cpp: cpp });
      showSide("C++", r);
    } catch (e) { showError(e.message); setState(""); }
  };
  function showSide(name, r) {
    setState("");
    const box = el("div", { class: "engine side-run" });
    box.append(el("h2", {}, name + " alone: " + r.status + " in " + fmt(r.seconds, 3) + " s"));
    if (r.compile_command) box.append(el("p", { class: "note" }, r.compile_command + " (" + fmt(r.compile_s, 2) + " s)"));
    box.append(el("pre", { class: "out" }, r.stdout));
    if (r.stderr) box.append(el("pre", { class: "err" }, r.stderr));
    results.append(box);
  }
  const stored = $("#stored");
  if (stored) {
    const v = JSON.parse(stored.textContent);
    v.results.forEach((x, i) => {
      const box = engineBox(results, i, x.engine);
      box.querySelector(".cpp").textContent = x.result.cpp || "";
      renderResult(box, x.result);
      if (x.result.cpp) box.append(el("a", { href: "/c/" + v.id + "/download/" + i, class: "dl" }, "download C++"));
    });
  }
}

// ---- Arena page
function arenaPage() {
  let battle = null;
  const votes = $("#votes");
  const sides = { A: $("#side-A"), B: $("#side-B") };
  $("#btn-battle").onclick = async () => {
    showError(""); battle = null; votes.hidden = true; $("#reveal").textContent = "";
    sides.A.querySelector("h2").textContent = "Model A"; sides.B.querySelector("h2").textContent = "Model B";
    for (const k of ["A", "B"]) { sides[k].querySelectorAll(".engine").forEach((b) => b.remove()); }
    setState("both engines are porting the program…");
    try {
      await stream("/api/arena", { python: $("#python").value }, (name, d) => {
        if (name === "battle") battle = d.id;
        else if (name === "done") {
          if (d.error) { showError(d.error); return; }
          votes.hidden = false; setState("vote: which port is better?");
        } else if (d.tag === "A" || d.tag === "B") onStreamEvent(sides[d.tag], () => "")(name, d);
        else if (name === "status") setState(d.text);
      });
    } catch (e) { if (e.name !== "AbortError") { showError(e.message); setState(""); } }
  };
  votes.querySelectorAll("button").forEach((b) => {
    b.onclick = async () => {
      if (!battle) return;
      try {
        const r = await postJson("/api/arena/" + battle + "/vote", { vote: b.dataset.vote });
        votes.hidden = true;
        battle = null;
        const p = el("p", { id: "names" });
        p.append("Model A was ", el("b", { class: "name-a" }, r.a), ", Model B was ", el("b", { class: "name-b" }, r.b), ". Thanks for voting.");
        $("#reveal").append(p);
        sides.A.querySelector("h2").textContent = "Model A: " + r.a;
        sides.B.querySelector("h2").textContent = "Model B: " + r.b;
        p.scrollIntoView({ block: "center" });
        for (const k of ["a", "b"]) {
          const d = r.detail && r.detail[k];
          if (d && d.error) sides[k.toUpperCase()].append(el("pre", { class: "err" }, d.error));
        }
        setState("");
      } catch (e) { showError(e.message); }
    };
  });
}

// ---- Models page: sort and filter in place
function modelsPage() {
  const table = $("#models"), body = table.tBodies[0];
  const rows = [...body.rows];
  const num = (s) => (s === "" ? NaN : Number(s));
  let sortCol = -1, asc = true;
  table.querySelectorAll("th").forEach((th, i) => {
    th.onclick = () => {
      asc = sortCol === i ? !asc : true; sortCol = i;
      const sorted = [...body.rows].sort((r1, r2) => {
        const a = r1.cells[i].textContent, b = r2.cells[i].textContent;
        const na = num(a), nb = num(b);
        let c;
        if (!isNaN(na) || !isNaN(nb)) c = (isNaN(na) ? Infinity : na) - (isNaN(nb) ? Infinity : nb);
        else c = a.localeCompare(b);
        return asc ? c : -c;
      });
      sorted.forEach((r) => body.append(r));
    };
  });
  const apply = () => {
    const q = $("#filter").value.toLowerCase(), open = $("#open-only").checked;
    const maxp = num($("#max-price").value), minc = num($("#min-ctx").value);
    for (const r of rows) {
      const text = r.textContent.toLowerCase();
      const price = num(r.cells[8].textContent), ctx = num(r.cells[5].textContent);
      r.hidden = (q && !text.includes(q)) || (open && r.dataset.open !== "yes") ||
        (!isNaN(maxp) && !(price <= maxp)) || (!isNaN(minc) && !(ctx >= minc));
    }
  };
  ["#filter", "#open-only", "#max-price", "#min-ctx"].forEach((s) => $(s).addEventListener("input", apply));
}

function examplePicker() {
  const ex = $("#example");
  if (!ex) return;
  ex.onchange = async () => {
    if (!ex.value) return;
    const r = await fetch("/api/programs/" + encodeURIComponent(ex.value));
    if (r.ok) $("#python").value = await r.text(); else showError(await errorText(r));
  };
}

window.addEventListener("pagehide", () => { if (current) current.abort(); });
document.addEventListener("DOMContentLoaded", () => {
  examplePicker();
  if ($("#btn-all")) convertPage();
  if ($("#btn-battle")) arenaPage();
  if ($("#models")) modelsPage();
});
