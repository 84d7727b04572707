// heedful's search page: plain ES2020, no dependencies.
// Every string from the server or the user reaches the page through textContent or DOM APIs:
// nothing is ever parsed as markup.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const KEY_STORE = "heedful.apiKey";

  const els = {
    form: $("search-form"), query: $("query"), instruction: $("instruction"), asOf: $("as-of"), filters: $("filters"),
    k: $("k"), search: $("search"), keyBox: $("key-box"), apiKey: $("api-key"), forgetKey: $("forget-key"),
    error: $("error"), errorTitle: $("error-title"), errorStatus: $("error-status"), errorDetail: $("error-detail"),
    plan: $("plan"), planState: $("plan-state"), reset: $("reset-plan"), chips: $("chips"),
    planEmpty: $("plan-empty"), echoBox: $("instruction-echo-box"), echo: $("instruction-echo"),
    notes: $("plan-notes"), status: $("status"), hits: $("hits"),
  };

  // what the shown results were searched with; chip edits re-run these with the edited plan
  const state = {
    query: "", instruction: "", asOf: null, k: 10, filters: [],
    compiled: null, // the plan the instruction compiled to (what "Reset" goes back to)
    plan: null, // the plan the shown results used (edited or not)
    edited: false,
    controller: null,
    seq: 0,
  };

  // where focus goes once a chip edit has re-rendered the chips: {n, action} or null
  let pendingFocus = null;

  const NEGATIVE = new Set(["exclude", "avoid"]);
  const FLIP_POLARITY = { require: "exclude", exclude: "require", prefer: "avoid", avoid: "prefer" };
  const FLIP_OP = { "=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">", in: "not in", "not in": "in" };

  // ------------------------------------------------------------------ small DOM helpers
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const clone = (value) => (value === null || value === undefined ? value : JSON.parse(JSON.stringify(value)));

  function shortValue(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map(shortValue).join(", ");
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  function fmtScore(x) {
    return typeof x === "number" && Number.isFinite(x) ? x.toFixed(3) : "–";
  }

  function fmtSigned(x) {
    if (typeof x !== "number" || !Number.isFinite(x)) return "";
    return (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(3);
  }

  function filterText(f) {
    return `${f.field} ${f.op} ${shortValue(f.value)}`;
  }

  // ------------------------------------------------------------------ the API
  class ApiError extends Error {
    constructor(status, title, detail) {
      super(detail || title);
      this.status = status;
      this.title = title;
      this.detail = detail;
    }
  }

  async function post(path, body, signal) {
    const headers = { "Content-Type": "application/json", Accept: "application/json, application/problem+json" };
    const key = els.apiKey.value.trim();
    if (key) headers.Authorization = `Bearer ${key}`;
    let response;
    try {
      response = await fetch(path, { method: "POST", headers, body: JSON.stringify(body), signal, credentials: "same-origin" });
    } catch (err) {
      if (err && err.name === "AbortError") throw err;
      throw new ApiError(0, "Network error", "The server could not be reached. Is heedful serve still running?");
    }
    const type = response.headers.get("content-type") || "";
    let payload = null;
    if (type.includes("json")) {
      try { payload = await response.json(); } catch (_) { payload = null; }
    }
    if (!response.ok) {
      const title = payload && typeof payload.title === "string" ? payload.title : (response.statusText || "Error");
      const detail = payload && typeof payload.detail === "string" ? payload.detail : `The server answered ${response.status}.`;
      throw new ApiError(response.status, title, detail);
    }
    if (payload === null) throw new ApiError(response.status, "Unexpected answer", "The server did not answer with JSON.");
    return payload;
  }

  // ------------------------------------------------------------------ errors
  function showError(err) {
    els.errorTitle.textContent = err.title || "Error";
    els.errorStatus.textContent = err.status ? `(${err.status})` : "";
    els.errorDetail.textContent = err.detail || err.message || "";
    els.error.hidden = false;
    if (err.status === 401 || err.status === 403) {
      els.keyBox.open = true;
    }
  }

  function clearError() {
    els.error.hidden = true;
    els.errorTitle.textContent = "";
    els.errorStatus.textContent = "";
    els.errorDetail.textContent = "";
  }

  // ------------------------------------------------------------------ searching
  function readForm() {
    const k = Number.parseInt(els.k.value, 10);
    return {
      query: els.query.value.trim(),
      instruction: els.instruction.value.trim(),
      asOf: els.asOf.value || null,
      filters: els.filters.value.split("\n").map((line) => line.trim()).filter(Boolean),
      k: Number.isFinite(k) ? Math.min(1000, Math.max(1, k)) : 10,
    };
  }

  // mode "fresh": the form, its instruction compiled anew; "edited": ``edited``, a plan the chips
  // changed; "reset": the plan the instruction compiled to. The state changes only on success.
  async function search(mode, edited) {
    clearError();
    const req = mode === "fresh" ? readForm()
      : { query: state.query, instruction: state.instruction, asOf: state.asOf, k: state.k, filters: state.filters };
    if (mode === "fresh") {
      els.k.value = String(req.k);
      if (!req.query && !req.instruction) {
        showError({ title: "Nothing to search for", detail: "Type a query, an instruction or both." });
        els.query.focus();
        return;
      }
    }
    const body = {
      query: req.query,
      // an edited plan goes alone: the instruction's words would bring back what a removed chip said
      instruction: mode === "edited" ? null : req.instruction || null,
      plan: mode === "fresh" ? null : mode === "reset" ? clone(state.compiled) : edited,
      filters: req.filters,
      // a plan carries its own as-of date (the chip shows it; removing the chip removes it)
      as_of: mode === "fresh" ? req.asOf : null,
      k: req.k,
    };
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    state.controller = controller;
    const seq = ++state.seq;
    setBusy(true);
    try {
      const result = await post("v1/search", body, controller.signal);
      if (seq !== state.seq) return;
      if (mode === "fresh") {
        Object.assign(state, req);
        state.compiled = clone(result.plan);
        syncUrl();
      }
      state.edited = mode === "edited";
      state.plan = clone(result.plan);
      const asOf = state.plan && state.plan.time ? state.plan.time.as_of : null;
      if (mode === "reset") els.asOf.value = state.asOf || "";
      else if (mode === "edited" && !asOf) els.asOf.value = "";
      renderPlan();
      renderHits(result);
    } catch (err) {
      if (err && err.name === "AbortError") return;
      if (seq !== state.seq) return;
      pendingFocus = null;
      showError(err);
      els.status.textContent = "The search failed.";
    } finally {
      if (seq === state.seq) setBusy(false);
    }
  }

  function setBusy(busy) {
    els.search.disabled = busy;
    els.search.textContent = busy ? "Searching…" : "Search";
    els.hits.setAttribute("aria-busy", busy ? "true" : "false");
    document.body.classList.toggle("busy", busy);
    if (busy) els.status.textContent = "Searching…";
  }

  function syncUrl() {
    const params = new URLSearchParams();
    if (state.query) params.set("q", state.query);
    if (state.instruction) params.set("instruction", state.instruction);
    if (state.asOf) params.set("as_of", state.asOf);
    for (const f of state.filters) params.append("filter", f);
    if (state.k !== 10) params.set("k", String(state.k));
    const qs = params.toString();
    history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
  }

  // ------------------------------------------------------------------ the plan as chips
  function chipsOf(plan) {
    const chips = [];
    (plan.criteria || []).forEach((c, i) => {
      chips.push({
        kind: "criterion", index: i, polarity: c.polarity, label: c.text, span: c.span,
        detail: `${c.kind || "criterion"}${c.weight !== undefined && c.weight !== 1 ? `, weight ${c.weight}` : ""}`,
        flip: FLIP_POLARITY[c.polarity],
      });
    });
    (plan.relations || []).forEach((r, i) => {
      chips.push({
        kind: "relation", index: i, polarity: r.polarity, label: r.text, span: r.span,
        detail: `decided by SQL: ${r.sql}`, flip: FLIP_POLARITY[r.polarity],
      });
    });
    (plan.filters || []).forEach((f, i) => {
      chips.push({
        kind: "filter", index: i, polarity: "filter", label: filterText(f), span: null,
        detail: "a hard condition on the metadata", flip: FLIP_OP[f.op] ? `${f.field} ${FLIP_OP[f.op]} ${shortValue(f.value)}` : null,
      });
    });
    const t = plan.time;
    if (t) {
      if (t.as_of) chips.push({ kind: "as_of", polarity: "time", label: `as of ${t.as_of}`, span: t.span, detail: "nothing dated after this day" });
      if (t.window) chips.push({ kind: "window", polarity: "time", label: `${t.window[0]} to ${t.window[1]}`, span: t.span, detail: "the period asked about" });
      if (t.recency) chips.push({ kind: "recency", polarity: "time", label: `${t.recency} first`, span: t.span, detail: "recency" });
    }
    return chips;
  }

  function editPlan(chip, action) {
    const plan = clone(state.plan);
    if (chip.kind === "criterion" || chip.kind === "relation") {
      const list = chip.kind === "criterion" ? plan.criteria : plan.relations;
      if (action === "remove") list.splice(chip.index, 1);
      else list[chip.index].polarity = FLIP_POLARITY[list[chip.index].polarity];
    } else if (chip.kind === "filter") {
      if (action === "remove") plan.filters.splice(chip.index, 1);
      else plan.filters[chip.index].op = FLIP_OP[plan.filters[chip.index].op];
    } else if (plan.time) {
      plan.time[chip.kind] = null;
      if (!plan.time.as_of && !plan.time.window && !plan.time.recency) plan.time = null;
    }
    return search("edited", plan);
  }

  function renderPlan() {
    const plan = state.plan;
    els.chips.replaceChildren();
    els.notes.replaceChildren();
    if (!plan) {
      els.plan.hidden = true;
      return;
    }
    els.plan.hidden = false;
    const chips = chipsOf(plan);
    chips.forEach((chip, n) => {
      const buttons = [];
      if (chip.flip) {
        const to = chip.kind === "filter" ? chip.flip : `${chip.flip}: ${chip.label}`;
        buttons.push(el("button", {
          type: "button", class: "chip-btn chip-flip", title: `Flip to ${to}`,
          "aria-label": `Flip “${chip.label}” to ${chip.flip}`,
          onclick: () => { keepFocus(n, "flip"); editPlan(chip, "flip"); },
        }, "⇄"));
      }
      buttons.push(el("button", {
        type: "button", class: "chip-btn chip-remove", title: "Remove",
        "aria-label": `Remove ${chip.polarity === "filter" || chip.polarity === "time" ? "" : chip.polarity + " "}“${chip.label}”`,
        onclick: () => { keepFocus(n, "remove"); editPlan(chip, "remove"); },
      }, "×"));
      const li = el("li", {
        class: `chip chip-${chip.polarity}`, "data-kind": chip.kind, "data-polarity": chip.polarity,
        title: chip.detail,
      },
      el("span", { class: "chip-pol" }, chip.polarity),
      el("span", { class: "chip-text" }, chip.label),
      ...buttons);
      if (chip.span) linkSpan(li, chip.span);
      els.chips.append(li);
    });
    els.planEmpty.hidden = chips.length > 0;
    for (const note of plan.notes || []) els.notes.append(el("li", {}, note));
    els.planState.textContent = state.edited ? "edited" : plan.compiled_by ? `compiled by ${plan.compiled_by}` : "";
    els.planState.classList.toggle("edited", state.edited);
    els.reset.disabled = !state.edited;
    renderEcho();
    restoreFocus();
  }

  // after a chip edit re-renders the chips, focus goes back to the same place (a11y)
  function keepFocus(n, action) {
    pendingFocus = { n, action };
  }
  function restoreFocus() {
    if (!pendingFocus) return;
    const { n, action } = pendingFocus;
    pendingFocus = null;
    const items = els.chips.querySelectorAll(".chip");
    if (items.length === 0) { els.reset.focus(); return; }
    const li = items[Math.min(n, items.length - 1)];
    const target = li.querySelector(action === "flip" ? ".chip-flip" : ".chip-remove") || li.querySelector("button");
    if (target) target.focus();
  }

  // ------------------------------------------------------------------ the instruction's words
  function renderEcho() {
    const text = state.instruction || "";
    const spans = [];
    for (const c of (state.compiled && state.compiled.criteria) || []) if (c.span) spans.push(c.span);
    for (const r of (state.compiled && state.compiled.relations) || []) if (r.span) spans.push(r.span);
    if (state.compiled && state.compiled.time && state.compiled.time.span) spans.push(state.compiled.time.span);
    els.echo.replaceChildren();
    if (!text || spans.length === 0) {
      els.echoBox.hidden = true;
      return;
    }
    const cuts = new Set([0, text.length]);
    for (const [s, e] of spans) {
      cuts.add(Math.max(0, Math.min(text.length, s)));
      cuts.add(Math.max(0, Math.min(text.length, e)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const covered = spans.some(([a, b]) => a <= s && e <= b);
      els.echo.append(covered
        ? el("span", { class: "src", "data-start": s, "data-end": e }, text.slice(s, e))
        : document.createTextNode(text.slice(s, e)));
    }
    els.echoBox.hidden = false;
  }

  function light(span, on) {
    for (const node of els.echo.querySelectorAll(".src")) {
      const s = Number(node.dataset.start);
      const e = Number(node.dataset.end);
      node.classList.toggle("lit", on && span[0] <= s && e <= span[1]);
    }
  }

  function spanWords(span) {
    const text = state.instruction || "";
    return text.slice(Math.max(0, span[0]), Math.min(text.length, span[1])).trim();
  }

  // hovering or focusing ``node`` lights its words in "Instruction, as read"
  function linkSpan(node, span) {
    const words = spanWords(span);
    if (!words) return;
    node.dataset.span = `${span[0]}-${span[1]}`;
    const on = () => light(span, true);
    const off = () => light(span, false);
    node.addEventListener("mouseenter", on);
    node.addEventListener("mouseleave", off);
    node.addEventListener("focusin", on);
    node.addEventListener("focusout", off);
  }

  // ------------------------------------------------------------------ hits
  const META_ORDER = ["publish_date", "date", "published", "updated", "source", "section", "authors", "author"];

  function metaLine(hit) {
    const meta = hit.metadata || {};
    const keys = Object.keys(meta).filter((k) => meta[k] !== null && meta[k] !== "" && !(Array.isArray(meta[k]) && meta[k].length === 0));
    keys.sort((a, b) => {
      const ia = META_ORDER.indexOf(a);
      const ib = META_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    const line = el("p", { class: "hit-meta" }, el("code", { class: "hit-id", title: "document id" }, hit.id));
    for (const key of keys.slice(0, 8)) {
      let value = shortValue(meta[key]);
      if (value.length > 60) value = `${value.slice(0, 57)}…`;
      line.append(el("span", { class: "meta-item", title: key, "data-field": key }, value));
    }
    return line;
  }

  function verdictOf(item) {
    const negative = NEGATIVE.has(item.polarity);
    if (item.status === "satisfied" || item.status === "violated") {
      const good = (item.status === "satisfied") !== negative;
      const reading = good ? (negative ? "does not apply" : "holds") : (negative ? "applies" : "does not hold");
      return { good, mark: good ? "✓" : "✗", cls: good ? "pass" : "fail", reading };
    }
    return { good: null, mark: "?", cls: "unknown", reading: item.status === "unknown" ? "undecided" : String(item.status || "undecided") };
  }

  // where ``needle`` (a sentence of the passage) sits in ``text``: exact, else across other whitespace
  function locate(text, needle) {
    if (!needle) return null;
    const at = text.indexOf(needle);
    if (at >= 0) return [at, at + needle.length];
    const words = needle.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
    const m = new RegExp(pattern).exec(text);
    return m ? [m.index, m.index + m[0].length] : null;
  }

  function passageWithMarks(text, explanation) {
    const ranges = [];
    for (const item of explanation) {
      const where = locate(text, item.evidence);
      if (where) ranges.push({ s: where[0], e: where[1], items: [item] });
    }
    ranges.sort((a, b) => a.s - b.s || b.e - a.e);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r.s < last.e) {
        last.e = Math.max(last.e, r.e);
        last.items.push(...r.items);
      } else merged.push({ ...r, items: [...r.items] });
    }
    const p = el("p", { class: "passage" });
    let at = 0;
    for (const r of merged) {
      if (r.s > at) p.append(document.createTextNode(text.slice(at, r.s)));
      const verdicts = r.items.map(verdictOf);
      const cls = verdicts.some((v) => v.good === false) ? "fail" : verdicts.every((v) => v.good) ? "pass" : "unknown";
      const title = r.items.map((it, i) => `${verdicts[i].mark} ${it.polarity} “${it.criterion}”: ${verdicts[i].reading}`).join("\n");
      p.append(el("mark", { class: `ev ev-${cls}`, title }, text.slice(r.s, r.e)));
      at = r.e;
    }
    if (at < text.length) p.append(document.createTextNode(text.slice(at)));
    return p;
  }

  function whyList(hit) {
    const list = el("ul", { class: "why", "aria-label": "How each condition judged this hit" });
    for (const item of hit.explanation || []) {
      const v = verdictOf(item);
      const prior = !item.span && /^(length|subject)\b/.test(item.method || "");
      let label;
      if (item.span && spanWords(item.span)) {
        label = el("button", {
          type: "button", class: "crit-link",
          title: `From your instruction: “${spanWords(item.span)}”`,
        }, item.criterion);
        linkSpan(label, item.span);
        label.addEventListener("click", () => {
          els.echoBox.scrollIntoView({ block: "nearest", behavior: "smooth" });
          light(item.span, true);
        });
      } else {
        label = el("span", { class: "crit-text" }, item.criterion);
      }
      list.append(el("li", { class: `crit crit-${v.cls}${prior ? " prior" : ""}`, "data-status": item.status },
        el("span", {
          class: `verdict verdict-${v.cls}`, role: "img",
          "aria-label": `${item.status}: ${v.reading}`,
          title: `${item.status}, ${v.reading}${item.method ? ` · ${item.method}` : ""}`,
        }, v.mark),
        el("span", { class: `pol pol-${item.polarity}` }, item.polarity),
        label,
        el("span", { class: "reading" }, v.reading),
        el("span", { class: "contrib", title: "added to the score" }, fmtSigned(item.contribution)),
      ));
    }
    return list;
  }

  function renderHits(result) {
    const hits = Array.isArray(result.hits) ? result.hits : [];
    els.hits.replaceChildren();
    for (const hit of hits) {
      const title = hit.title || hit.id;
      const li = el("li", { class: "hit", "data-id": hit.id },
        el("div", { class: "hit-head" },
          el("span", { class: "rank", "aria-label": `rank ${hit.rank}` }, String(hit.rank)),
          el("h3", { class: "hit-title" }, title),
          el("span", { class: "score", title: "score" }, fmtScore(hit.score))),
        metaLine(hit),
        passageWithMarks(String(hit.text || ""), hit.explanation || []),
        (hit.explanation || []).length ? whyList(hit) : null);
      els.hits.append(li);
    }
    const total = result.timings_ms && typeof result.timings_ms.total === "number" ? result.timings_ms.total : null;
    const count = hits.length === 1 ? "1 hit" : `${hits.length} hits`;
    els.status.textContent = hits.length === 0
      ? "No hits."
      : `${count}${total !== null ? ` in ${Math.round(total)} ms` : ""}${state.edited ? " with the edited plan" : ""}.`;
  }

  // ------------------------------------------------------------------ wiring
  function init() {
    try {
      const saved = sessionStorage.getItem(KEY_STORE);
      if (saved) { els.apiKey.value = saved; }
    } catch (_) { /* storage may be off */ }
    els.apiKey.addEventListener("input", () => {
      try {
        if (els.apiKey.value) sessionStorage.setItem(KEY_STORE, els.apiKey.value);
        else sessionStorage.removeItem(KEY_STORE);
      } catch (_) { /* storage may be off */ }
    });
    els.forgetKey.addEventListener("click", () => {
      els.apiKey.value = "";
      try { sessionStorage.removeItem(KEY_STORE); } catch (_) { /* storage may be off */ }
      els.apiKey.focus();
    });
    els.form.addEventListener("submit", (event) => {
      event.preventDefault();
      search("fresh");
    });
    // Enter in the query box submits the form; Ctrl/Cmd+Enter searches from the instruction too
    for (const box of [els.instruction, els.filters]) {
      box.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          search("fresh");
        }
      });
    }
    els.reset.addEventListener("click", () => {
      search("reset").then(() => { if (els.reset.disabled) els.chips.querySelector("button")?.focus(); });
    });

    const params = new URLSearchParams(location.search);
    if (params.has("q")) els.query.value = params.get("q");
    if (params.has("instruction")) els.instruction.value = params.get("instruction");
    if (params.has("as_of")) els.asOf.value = params.get("as_of");
    if (params.has("k")) els.k.value = params.get("k");
    if (params.has("filter")) els.filters.value = params.getAll("filter").join("\n");
    if (params.has("q") || params.has("instruction")) search("fresh");
    else els.query.focus();
  }

  init();
})();
