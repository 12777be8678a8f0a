/* notequiz HTML quiz. Everything the page shows is set with textContent or
 * created with createElement: note text is data, never markup. */
(() => {
  "use strict";

  const STORE = "notequiz.quiz.v1";
  const data = JSON.parse(document.getElementById("quiz-data").textContent);
  const prompts = data.prompts;
  const $ = (id) => document.getElementById(id);

  // --- progress, kept in localStorage --------------------------------------
  // One record per prompt key, shared by every notequiz page opened from
  // files (they share one origin), so a rebuilt quiz keeps its progress.

  let canSave = true;
  const state = load();

  function load() {
    const empty = { v: 1, mode: "typed", cards: {} };
    try {
      const raw = window.localStorage.getItem(STORE);
      if (!raw) return empty;
      const parsed = JSON.parse(raw);
      if (!parsed || parsed.v !== 1 || typeof parsed.cards !== "object") return empty;
      return parsed;
    } catch (err) {
      canSave = false;
      return empty;
    }
  }

  function save() {
    if (!canSave) return;
    try {
      window.localStorage.setItem(STORE, JSON.stringify(state));
    } catch (err) {
      canSave = false;
      $("storage-note").hidden = false;
    }
  }

  function record(key) {
    return state.cards[key] || { right: 0, wrong: 0, streak: 0, last: 0 };
  }

  function remember(key, ok) {
    const r = record(key);
    if (ok) { r.right += 1; r.streak += 1; } else { r.wrong += 1; r.streak = 0; }
    r.last = Date.now();
    state.cards[key] = r;
    save();
  }

  // --- grading ----------------------------------------------------------------
  // Both sides folded: NFKC, lower case, punctuation and spacing dropped
  // (+ # % kept: C++ is not C), a leading English article dropped. Numbers
  // must match; a small typo budget is allowed on longer answers.

  const LETTER = /[\p{L}\p{N}\p{M}]/u;

  function fold(text) {
    let out = "";
    for (const ch of text.normalize("NFKC").toLowerCase()) {
      out += "+#%".includes(ch) || LETTER.test(ch) ? ch : " ";
    }
    return out.replace(/\s+/g, " ").trim().replace(/^(?:the|a|an) /, "").replace(/ /g, "");
  }

  function distance(a, b) {
    // Edit distance with adjacent swaps (optimal string alignment).
    const rows = [];
    for (let i = 0; i <= a.length; i += 1) {
      rows.push([i]);
      for (let j = 1; j <= b.length; j += 1) {
        if (i === 0) { rows[0].push(j); continue; }
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d = Math.min(d, rows[i - 2][j - 2] + 1);
        }
        rows[i].push(d);
      }
    }
    return rows[a.length][b.length];
  }

  function matches(given, expected) {
    const g = fold(given);
    const e = fold(expected);
    if (!g || !e) return false;
    if ((g.match(/\d+/g) || []).join() !== (e.match(/\d+/g) || []).join()) return false;
    const gl = Array.from(g.normalize("NFD"));
    const el = Array.from(e.normalize("NFD"));
    const budget = Math.min(Math.floor(el.length / 5), 3);
    if (Math.abs(gl.length - el.length) > budget) return false;
    return distance(gl, el) <= budget;
  }

  function forms(answer) {
    // "LLM (large language model)": either side of the gloss is enough.
    const out = [answer];
    const gloss = /^\s*([^()（）]+?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(answer);
    if (gloss) out.push(gloss[1], gloss[2]);
    return out;
  }

  function splitItems(text) {
    const parts = /[;\n；]/.test(text) ? text.split(/[;\n；]/) : text.split(/[,，、]/);
    return parts.map((s) => s.trim()).filter(Boolean);
  }

  function grade(p, given) {
    if (!given.trim()) return false;
    if (forms(p.a).some((f) => matches(given, f))) return true;
    if (p.items.length > 1) {
      const items = splitItems(given);
      if (items.length !== p.items.length) return false;
      if (p.ordered) return items.every((g, i) => matches(g, p.items[i]));
      const left = p.items.slice();
      for (const g of items) {
        const at = left.findIndex((e) => matches(g, e));
        if (at < 0) return false;
        left.splice(at, 1);
      }
      return true;
    }
    return false;
  }

  // --- choosing what to ask ----------------------------------------------------
  // Never-seen prompts first, in file order; then the ones with the shortest
  // run of right answers, the longest unseen first.

  function nextPrompt(skip) {
    let best = null;
    let bestKey = null;
    prompts.forEach((p, i) => {
      if (p.key === skip && prompts.length > 1) return;
      const r = state.cards[p.key];
      const key = r ? [1, Math.min(r.streak, 5), r.last, i] : [0, 0, 0, i];
      if (bestKey === null || compare(key, bestKey) < 0) { best = p; bestKey = key; }
    });
    return best;
  }

  function compare(a, b) {
    for (let i = 0; i < a.length; i += 1) {
      if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }

  // --- rendering -----------------------------------------------------------------

  let current = null;
  let answered = false;
  let lastOk = false;

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function questionNodes(p, reveal) {
    if (!p.segs.length) return [document.createTextNode(p.q)];
    return p.segs.map((s) => {
      if (s[0] === "t") return document.createTextNode(s[1]);
      if (reveal) return el("mark", s[1]);
      return el("span", "[" + (s[2] || "...") + "]", "blank");
    });
  }

  function mode() {
    return state.mode === "choice" ? "choice" : "typed";
  }

  function show(p) {
    current = p;
    answered = false;
    const card = $("card");
    card.hidden = false;
    card.dataset.key = p.key;
    card.lang = p.lang || "";  // Korean and English cards get their own fonts and voices.
    $("meta").textContent = [p.deck, p.kind, p.side === "back" ? "reverse" : ""]
      .filter(Boolean).join(" · ");
    $("question").replaceChildren(...questionNodes(p, false));
    $("result").hidden = true;
    const choice = mode() === "choice" && p.choices.length > 1;
    $("typed").hidden = choice;
    $("choices").hidden = !choice;
    if (choice) {
      const buttons = p.choices.map((text, i) => {
        const b = el("button");
        b.type = "button";
        b.dataset.index = String(i);
        b.append(el("span", String(i + 1) + ".", "num"), document.createTextNode(text));
        b.addEventListener("click", () => pick(i));
        const li = el("li");
        li.append(b);
        return li;
      });
      $("choices").replaceChildren(...buttons);
      buttons[0].firstChild.focus();
    } else {
      const input = $("answer");
      input.value = "";
      input.disabled = false;
      input.focus();
    }
    status();
  }

  function pick(i) {
    if (answered) return;
    const ok = i === current.correct;
    $("choices").querySelectorAll("button").forEach((b) => {
      const at = Number(b.dataset.index);
      if (at === current.correct) b.classList.add("is-right");
      else if (at === i) b.classList.add("is-wrong");
      b.disabled = true;
    });
    finish(ok, current.choices[i]);
  }

  function check(giveUp) {
    if (answered) return;
    const input = $("answer");
    const given = giveUp ? "" : input.value;
    if (!giveUp && !given.trim()) { input.focus(); return; }
    input.disabled = true;
    finish(!giveUp && grade(current, given), given);
  }

  function finish(ok, given) {
    answered = true;
    lastOk = ok;
    remember(current.key, ok);
    const verdict = $("verdict");
    verdict.textContent = ok ? "Right." : given ? "Not quite." : "The answer:";
    verdict.className = "verdict " + (ok ? "right" : "wrong");
    const answer = $("right-answer");
    if (current.segs.length) {
      answer.replaceChildren(...questionNodes(current, true));
    } else if (current.items.length > 1) {
      const list = el(current.ordered ? "ol" : "ul");
      current.items.forEach((item) => list.append(el("li", item)));
      answer.replaceChildren(list);
    } else {
      answer.replaceChildren(el("span", current.a));
    }
    const src = current.src;
    const lines = src.end > src.line ? src.line + "–" + src.end : String(src.line);
    $("source-where").textContent = ["Source: " + src.path + ":" + lines,
      src.section.join(" › "), src.rule].filter(Boolean).join(" · ");
    $("source-text").textContent = src.text;
    $("source-text").hidden = !src.text;
    $("override").hidden = ok || !given;
    $("result").hidden = false;
    $("next").focus();
    status();
  }

  function override() {
    // The grader is strict on purpose; the learner has the last word.
    if (!answered || lastOk) return;
    const r = record(current.key);
    r.wrong = Math.max(0, r.wrong - 1);
    r.right += 1;
    r.streak = 1;
    state.cards[current.key] = r;
    save();
    lastOk = true;
    $("verdict").textContent = "Counted as right.";
    $("verdict").className = "verdict right";
    $("override").hidden = true;
    $("next").focus();
    status();
  }

  function next() {
    const p = nextPrompt(current ? current.key : null);
    if (p) show(p);
  }

  function status() {
    let seen = 0;
    let right = 0;
    let wrong = 0;
    let learned = 0;
    for (const p of prompts) {
      const r = state.cards[p.key];
      if (!r) continue;
      seen += 1;
      right += r.right;
      wrong += r.wrong;
      if (r.streak > 0) learned += 1;
    }
    const progress = $("progress");
    progress.textContent = "Seen " + seen + " of " + prompts.length + " · right " + right +
      " · wrong " + wrong + " · learned " + learned;
    progress.dataset.seen = String(seen);
    progress.dataset.right = String(right);
    progress.dataset.wrong = String(wrong);
    progress.dataset.learned = String(learned);
    $("bar").max = Math.max(prompts.length, 1);
    $("bar").value = learned;
  }

  function setMode(value) {
    state.mode = value;
    save();
    if (current && !answered) show(current);
  }

  // --- wiring ----------------------------------------------------------------------

  document.title = data.title;
  $("title").textContent = data.title;
  $("storage-note").hidden = canSave;
  $("mode-typed").checked = mode() === "typed";
  $("mode-choice").checked = mode() === "choice";
  $("mode-typed").addEventListener("change", () => setMode("typed"));
  $("mode-choice").addEventListener("change", () => setMode("choice"));
  $("check").addEventListener("click", () => check(false));
  $("show").addEventListener("click", () => check(true));
  $("next").addEventListener("click", next);
  $("override").addEventListener("click", override);
  $("answer").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.isComposing) {
      event.preventDefault();
      check(false);
    }
  });
  $("reset").addEventListener("click", () => {
    if (!window.confirm("Forget the progress of every card in this quiz?")) return;
    for (const p of prompts) delete state.cards[p.key];
    save();
    current = null;
    next();
  });
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !current) return;
    if (event.target instanceof HTMLInputElement && event.target.type === "text") return;
    if (!answered && mode() === "choice" && /^[1-9]$/.test(event.key)) {
      const i = Number(event.key) - 1;
      if (i < current.choices.length && current.choices.length > 1) {
        event.preventDefault();
        pick(i);
      }
    } else if (answered && (event.key === "ArrowRight" || event.key === "n")) {
      event.preventDefault();
      next();
    }
  });

  if (prompts.length) {
    next();
  } else {
    $("empty").hidden = false;
    status();
  }
})();
