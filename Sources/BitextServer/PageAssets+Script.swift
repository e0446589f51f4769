extension PageAssets {
    /// The script: every action is a call to the JSON API, which returns the new state.
    static let script = #"""
    "use strict";
    const token = document.querySelector('meta[name="bitext-token"]').content;
    const $ = (selector) => document.querySelector(selector);
    let state = null;          // the last state the API returned
    let selected = 0;          // the selected row, in document order
    let column = 0;            // the selected column
    let caret = null;          // {row, column, sentence, offset} of the last click in a sentence
    let editing = false;

    async function api(method, path, body) {
      const options = { method, headers: { "X-Bitext-Token": token } };
      if (body !== undefined) {
        options.headers["Content-Type"] = "application/json";
        options.body = JSON.stringify(body);
      }
      const response = await fetch(path, options);
      const data = await response.json().catch(() => ({}));
      if (!response.ok) {
        const message = (data.error && data.error.message) || response.statusText;
        throw new Error(message);
      }
      return data;
    }

    function say(text, isError) {
      const footer = $("#message");
      footer.textContent = text || "";
      footer.className = isError ? "error" : "";
    }

    async function run(action) {
      try {
        await action();
      } catch (error) {
        say(error.message, true);
      }
    }

    let info = null;           // GET api/info
    let files = [];            // the memories and glossaries served

    async function loadFiles() {
      files = (await api("GET", "api/files")).files;
      const select = $("#file");
      const current = select.value;
      select.innerHTML = "";
      const memories = files.filter((f) => f.kind === "memory");
      for (const file of memories) {
        const option = document.createElement("option");
        option.value = file.path;
        option.textContent = file.path + (file.unsaved ? " (not saved yet)" : "");
        select.appendChild(option);
      }
      const paths = memories.map((f) => f.path);
      if (current && paths.includes(current)) { select.value = current; }
      const glossaries = $("#glossary-files");
      glossaries.innerHTML = "";
      for (const file of files.filter((f) => f.kind === "glossary")) {
        const option = document.createElement("option");
        option.value = file.path;
        glossaries.appendChild(option);
      }
    }

    async function start() {
      info = await api("GET", "api/info");
      await loadFiles();
      const parameters = new URLSearchParams(location.search);
      const wanted = parameters.get("path");
      if (wanted) {
        $("#file").value = wanted;
        await openAlignment(wanted);
      }
      showView(parameters.get("view") || "review");
    }

    // MARK: Views

    let view = "review";
    let memories = null;       // GET api/memories, loaded when the search is first shown
    let glossaryLoaded = false;

    function showView(name) {
      view = ["review", "align", "search", "glossary"].includes(name) ? name : "review";
      for (const section of document.querySelectorAll(".view")) { section.hidden = section.id !== "view-" + view; }
      for (const part of document.querySelectorAll("[data-for]")) { part.hidden = part.dataset.for !== view; }
      for (const tab of document.querySelectorAll(".tab")) {
        tab.classList.toggle("active", tab.dataset.view === view);
        tab.setAttribute("aria-selected", tab.dataset.view === view);
      }
      document.documentElement.style.setProperty("--bar", $("#bar").offsetHeight + "px");
      if (view === "search") {
        run(loadLanguages);
        $("#search-text").focus();
      } else if (view === "glossary" && !glossaryLoaded) {
        glossaryLoaded = true;
        if (!$("#terms-glossary").value) { $("#terms-glossary").value = defaultGlossary(); }
        run(loadGlossary);
      } else if (view === "align") {
        suggestOutput();
      }
    }

    /// Query parameters with spaces as %20: the server reads "+" as a plus sign (a literal "+" is %2B).
    function query(parameters) {
      return parameters.toString().replace(/\+/g, "%20");
    }

        function element(tag, className, text) {
      const node = document.createElement(tag);
      if (className) { node.className = className; }
      if (text !== undefined && text !== null) { node.textContent = text; }
      return node;
    }

    /// A highlighted text of the API ({runs: [{text, highlighted}]}) as spans.
    function highlighted(text, className) {
      const span = element("span", className);
      for (const run of text.runs) {
        span.appendChild(run.highlighted ? element("mark", "", run.text) : document.createTextNode(run.text));
      }
      return span;
    }

    // MARK: Align uploads

    function memoryFolder() {
      const folders = (info && info.folders) || [];
      return folders.includes("tmx") ? "tmx" : (folders[0] || "tmx");
    }

    function suggestOutput() {
      const file = $("#align-source").files[0];
      const output = $("#align-output");
      if (!file || (output.value && output.dataset.typed === "yes")) {
        if (!output.value) { output.value = memoryFolder() + "/release.tmx"; }
        return;
      }
      const stem = file.name.replace(/\.[^.]*$/, "").replace(/[._-](en|fr|es|de|ar|ru|zh|pt|it)$/i, "");
      output.value = memoryFolder() + "/" + (stem || "release") + ".tmx";
    }

    function readBase64(file) {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
        reader.onerror = () => reject(new Error(file.name + ": cannot be read"));
        reader.readAsDataURL(file);
      });
    }

    async function alignUploads() {
      const source = $("#align-source").files[0], target = $("#align-target").files[0];
      if (!source || !target) { throw new Error("choose the source and the target version"); }
      const output = $("#align-output").value.trim();
      if (!output) { throw new Error("say where to save the alignment, e.g. " + memoryFolder() + "/release.tmx"); }
      say("Aligning " + source.name + " and " + target.name + "…");
      const body = {
        output,
        languages: $("#align-languages").value.trim() || null,
        source: { name: source.name, data: await readBase64(source) },
        target: { name: target.name, data: await readBase64(target) },
      };
      const aligned = await api("POST", "api/align", body);
      selected = 0;
      column = 0;
      show(aligned);
      await loadFiles();
      $("#file").value = aligned.path;
      $("#filter").value = "weakest";
      selected = visibleRows()[0].index; // the weakest row, ready for a key
      showView("review");
      render();
      const unsure = aligned.rows.filter((row) => row.score !== null && row.score < 0.9).length;
      say("Aligned " + source.name + " ↔ " + target.name + ": " + aligned.rows.length + " rows, " + unsure +
        " below 0.9, weakest first. Correct them, then save to write " + aligned.path + "." +
        (aligned.warnings && aligned.warnings.length ? " Warnings: " + aligned.warnings.join("; ") : ""));
    }

    // MARK: Search

    async function loadLanguages() {
      if (memories) { return; }
      memories = await api("GET", "api/memories");
      for (const id of ["#search-from", "#search-to"]) {
        const select = $(id);
        const chosen = select.value;
        while (select.options.length > 1) { select.remove(1); }
        for (const language of memories.languages) {
          const option = element("option", "", language);
          option.value = language;
          select.appendChild(option);
        }
        select.value = memories.languages.includes(chosen) ? chosen : "";
      }
    }

    function originLine(origin) {
      const parts = [];
      if (origin.document) { parts.push(origin.document); }
      if (origin.date) { parts.push(/^\d{8}/.test(origin.date) ? origin.date.slice(0, 4) + "-" + origin.date.slice(4, 6) + "-" + origin.date.slice(6, 8) : origin.date); }
      parts.push(origin.memory + (origin.unitID ? " #" + origin.unitID : ""));
      return element("div", "origin", parts.join(" · "));
    }

    async function searchMemory() {
      const text = $("#search-text").value.trim();
      if (!text) { throw new Error("type a sentence, a phrase or a word to look up"); }
      const parameters = new URLSearchParams({ q: text, mode: $("#search-mode").value, min: $("#search-min").value || "70" });
      if ($("#search-from").value) { parameters.set("from", $("#search-from").value); }
      if ($("#search-to").value) { parameters.set("to", $("#search-to").value); }
      const result = await api("GET", "api/search?" + query(parameters));
      renderSearch(result);
      say("");
    }

    function renderSearch(result) {
      const out = $("#search-results");
      out.innerHTML = "";
      const direction = (result.from || "any") + " → " + (result.to || "all");
      if (result.glossary && result.glossary.length) {
        const section = element("section", "glossary-hits");
        section.appendChild(element("h2", "", "Glossary (" + direction + ")"));
        for (const hit of result.glossary) {
          const line = element("div", "line");
          // The term as found in the text (its base form when matching needed tolerance), its translations, the forbidden ones.
          const found = hit.text + (hit.approximate ? " (" + hit.term + ")" : "") + (hit.inside ? " (inside: " + hit.inside + ")" : "");
          const targets = (hit.translations.join(" | ") || "(no translation)") + (hit.forbidden.length ? " [not: " + hit.forbidden.join(", ") + "]" : "");
          line.append(element("span", "term", found + " → " + targets), element("span", "lang", hit.glossary + (hit.note ? " · " + hit.note : "")));
          if (hit.status === "forbidden" || hit.forbidden.length) { line.classList.add("forbidden"); }
          section.appendChild(line);
        }
        out.appendChild(section);
      }
      if (result.fuzzy) {
        const section = element("section", "fuzzy");
        section.appendChild(element("h2", "", "Fuzzy matches (" + direction + "): " + (result.fuzzy.length || "none")));
        for (const match of result.fuzzy) {
          const item = element("div", "match");
          const head = element("div", "line");
          head.append(element("span", "percent", match.percent + "%"), highlighted(match.source, "source"), element("span", "lang", match.sourceLanguage));
          item.appendChild(head);
          for (const translation of match.translations) {
            const line = element("div", "line translation");
            line.append(element("span", "arrow", "→"), highlighted(translation.text, "target"), element("span", "lang", translation.language));
            item.appendChild(line);
          }
          item.appendChild(originLine(match.origin));
          section.appendChild(item);
        }
        out.appendChild(section);
      }
      if (result.concordance) {
        const c = result.concordance;
        const section = element("section", "concordance");
        // Near hits (another inflection, one inserted word) are counted and marked as the command line does.
        const units = (c.isTruncated ? "at least " : "") + c.totalHits + " unit" + (c.totalHits === 1 ? "" : "s") +
          (c.nearHits ? " (" + c.nearHits + " near)" : "");
        section.appendChild(element("h2", "", "Concordance “" + c.phrase + "” (" + direction + "): " + units + ", " +
          c.groups.length + " translation" + (c.groups.length === 1 ? "" : "s")));
        for (const group of c.groups) {
          const item = element("div", "group");
          const head = element("div", "line");
          const rendering = element("span", "rendering" + (group.spanEvidence ? " found" : ""), group.rendering);
          if (group.spanEvidence) { rendering.title = "span found by " + group.spanEvidence; }
          head.append(element("span", "count", "×" + group.count), rendering, element("span", "lang", group.language));
          item.appendChild(head);
          for (const hit of group.hits) {
            const example = element("div", hit.isNear ? "hit near" : "hit");
            if (hit.isNear) {
              const label = element("span", "near-label", "near:");
              label.title = "found in another inflection or with one inserted word";
              example.append(label, " ");
            }
            example.appendChild(highlighted(hit.source, "source"));
            const line = element("div", "line translation");
            line.append(element("span", "arrow", "→"), highlighted(hit.translation.text, "target"));
            example.appendChild(line);
            example.appendChild(originLine(hit.origin));
            item.appendChild(example);
          }
          section.appendChild(item);
        }
        out.appendChild(section);
      }
      for (const problem of result.problems || []) {
        out.appendChild(element("p", "problem", problem.memory + ": " + problem.message));
      }
      out.appendChild(element("p", "hint", result.memories + " memor" + (result.memories === 1 ? "y" : "ies") + " searched"));
    }

    // MARK: Glossary

    function defaultGlossary() {
      const existing = files.filter((f) => f.kind === "glossary");
      if (existing.length) { return existing[0].path; }
      const folders = (info && info.folders) || [];
      return (folders.includes("glossaries") ? "glossaries" : (folders[0] || "glossaries")) + "/glossary.tbx";
    }

    function glossaryQuery() {
      const from = $("#terms-from").value.trim(), to = $("#terms-to").value.trim();
      const glossary = $("#terms-glossary").value.trim();
      if (!from || !to || !glossary) { throw new Error("give the languages and the glossary"); }
      return { from, to, glossary };
    }

    async function loadGlossary() {
      const { from, to, glossary } = glossaryQuery();
      renderGlossary(await api("GET", "api/glossary?" + query(new URLSearchParams({ path: glossary, from, to }))));
    }

    async function loadCandidates() {
      const { from, to, glossary } = glossaryQuery();
      say("Extracting term candidates " + from + " → " + to + " from the served memories…");
      const parameters = new URLSearchParams({ from, to, glossary });
      if ($("#terms-all").checked) { parameters.set("all", "1"); }
      // The extraction runs in the background: ask again every second until it is done.
      let list = await api("GET", "api/terms?" + query(parameters));
      while (list.status === "running") {
        const p = list.progress;
        const waiting = p.from !== from || p.to !== to ? " (waiting for it, then " + from + " → " + to + ")" : "";
        say("Extracting term candidates " + p.from + " → " + p.to + waiting + ": " + (p.phase === "reading"
          ? "reading the memories (" + p.memoriesRead + " of " + p.memories + ", " + p.units + " units)"
          : "finding candidates in " + p.units + " units") + ", " + p.seconds + " s…");
        await new Promise((resolve) => setTimeout(resolve, 1000));
        list = await api("GET", "api/terms?" + query(parameters));
      }
      renderCandidates(list);
      await loadGlossary();
      say("");
    }

    function renderCandidates(list) {
      $("#terms-summary").textContent = list.total + " candidates from " + list.units + " units of " +
        list.memories.join(", ") + " · " + list.undecided + " to decide";
      const body = $("#terms tbody");
      body.innerHTML = "";
      list.candidates.forEach((candidate, index) => {
        const tr = element("tr", "candidate" + (candidate.decision ? " decided " + candidate.decision : ""));
        tr.dataset.index = index;
        const source = element("input", "term-source");
        source.value = candidate.source;
        source.setAttribute("aria-label", "source term");
        const target = element("input", "term-target");
        target.value = candidate.target;
        target.setAttribute("aria-label", "target term");
        const sourceCell = element("td", "term");
        sourceCell.appendChild(source);
        const targetCell = element("td", "term");
        targetCell.appendChild(target);
        const evidence = element("td", "evidence");
        evidence.appendChild(element("div", "figures", "Dice " + candidate.dice.toFixed(2) + " · alignment " + candidate.alignment.toFixed(2) +
          (candidate.known ? " · known " + (candidate.known === "pair" ? "pair" : "source term") : "")));
        for (const example of candidate.examples.slice(0, 2)) {
          const line = element("div", "example");
          line.append(element("span", "id", example.id), document.createTextNode(" " + example.source + " ⇄ " + example.target));
          evidence.appendChild(line);
        }
        const decide = element("td", "decide");
        if (candidate.decision) {
          decide.appendChild(element("span", "decision", candidate.decision));
        }
        for (const [name, label] of [["accept", "Accept"], ["forbid", "Forbid"], ["reject", "Reject"]]) {
          const button = element("button", name, label);
          button.type = "button";
          button.dataset.decision = name;
          button.addEventListener("click", () => run(() => decideCandidate(candidate, tr, name)));
          decide.appendChild(button);
        }
        tr.append(sourceCell, targetCell, element("td", "num", candidate.score.toFixed(3)), element("td", "num", String(candidate.frequency)), evidence, decide);
        body.appendChild(tr);
      });
      if (!list.candidates.length) {
        const tr = element("tr");
        const td = element("td", "hint", "No candidate left to decide.");
        td.colSpan = 6;
        tr.appendChild(td);
        body.appendChild(tr);
      }
    }

    async function decideCandidate(candidate, tr, decision) {
      const { from, to, glossary } = glossaryQuery();
      const source = tr.querySelector(".term-source").value.trim(), target = tr.querySelector(".term-target").value.trim();
      const body = { glossary, from, to, source: candidate.source, target: candidate.target, decision };
      if (source !== candidate.source) { body.editedSource = source; }
      if (target !== candidate.target) { body.editedTarget = target; }
      const state = await api("POST", "api/glossary/decide", body);
      renderGlossary(state);
      const label = { accept: "approved", forbid: "forbidden", reject: "rejected" }[decision];
      tr.className = "candidate decided " + label;
      const decide = tr.querySelector(".decide");
      const shown = decide.querySelector(".decision") || decide.insertBefore(element("span", "decision"), decide.firstChild);
      shown.textContent = label;
      say((state.change || label) + " · " + state.path);
      await loadFiles();
    }

    function renderGlossary(state) {
      $("#glossary-title").textContent = state.path + " (" + state.format.toUpperCase() + ", " + state.entries.length + " entr" +
        (state.entries.length === 1 ? "y" : "ies") + (state.exists ? "" : ", created by the first decision") + ")";
      const list = $("#glossary-entries");
      list.innerHTML = "";
      for (const entry of state.entries) {
        const item = element("li", "entry");
        const terms = (side) => side.map((term) => term.text + (term.status === "approved" ? "" : " (" + term.status + ")")).join(" | ");
        item.appendChild(element("span", "pair", terms(entry.sources) + " → " + terms(entry.targets)));
        if (entry.targets.some((term) => term.status === "forbidden")) { item.classList.add("forbidden"); }
        if (entry.note) { item.appendChild(element("span", "note", " — " + entry.note)); }
        list.appendChild(item);
      }
      for (const warning of state.warnings.slice(0, 5)) {
        list.appendChild(element("li", "problem", warning));
      }
    }

    // MARK: Review

    async function openAlignment(path) {
      if (!path) { throw new Error("there is no memory to open in the served folders"); }
      show(await api("GET", "api/alignment?path=" + encodeURIComponent(path)));
      selected = 0;
      column = 0;
      render();
      say("Opened " + path + ": " + state.rows.length + " rows, " + state.languages.join(" / "));
    }

    function show(next) {
      state = next;
      selected = Math.min(selected, Math.max(0, state.rows.length - 1));
      column = Math.min(column, Math.max(0, state.languages.length - 1));
      render();
    }

    function colour(score) {
      if (score === null || score === undefined) { return "#e9ecef"; }
      return "hsl(" + Math.round(score * 120) + ", 70%, 82%)";
    }

    function visibleRows() {
      const indexed = state.rows.map((row, index) => ({ row, index }));
      const filter = $("#filter").value;
      const weakness = (entry) => entry.row.reviewed ? 2 : (entry.row.score ?? 1.5);
      if (filter === "weakest") {
        return indexed.sort((a, b) => weakness(a) - weakness(b) || a.index - b.index);
      }
      if (filter === "weak") {
        return indexed.filter((entry) => !entry.row.reviewed && (entry.row.score ?? 1) < 0.5);
      }
      return indexed;
    }

    function render() {
      document.documentElement.style.setProperty("--bar", $("#bar").offsetHeight + "px");
      const body = $("#rows tbody");
      body.innerHTML = "";
      $("#empty").hidden = !!state;
      if (!state) { return; }
      const heads = $("#heads");
      heads.innerHTML = '<th class="num">#</th><th class="score">score</th>';
      for (const language of state.languages) {
        const th = document.createElement("th");
        th.textContent = language;
        heads.appendChild(th);
      }
      for (const { row, index } of visibleRows()) {
        const tr = document.createElement("tr");
        tr.className = "row" + (index === selected ? " selected" : "") + (row.reviewed ? " reviewed" : "") +
          (row.cells.filter((cell) => cell.length > 0).length < 2 ? " unaligned" : "");
        tr.dataset.index = index;
        tr.dataset.id = row.id;
        const num = document.createElement("td");
        num.className = "num";
        num.textContent = index + 1;
        tr.appendChild(num);
        const score = document.createElement("td");
        score.className = "score";
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.style.background = colour(row.score);
        badge.textContent = row.score === null || row.score === undefined ? "–" : row.score.toFixed(2);
        const bead = document.createElement("span");
        bead.className = "bead";
        bead.textContent = row.bead;
        score.append(badge, bead);
        tr.appendChild(score);
        row.cells.forEach((sentences, c) => {
          const td = document.createElement("td");
          td.className = "cell" + (index === selected && c === column ? " current" : "");
          td.dataset.column = c;
          td.lang = state.languages[c];
          sentences.forEach((text, s) => {
            const span = document.createElement("span");
            span.className = "sentence";
            span.dataset.sentence = s;
            span.textContent = text;
            td.appendChild(span);
          });
          tr.appendChild(td);
        });
        tr.addEventListener("click", (event) => select(event, index));
        body.appendChild(tr);
      }
      $("#undo").disabled = !state.canUndo;
      $("#redo").disabled = !state.canRedo;
      $("#save").classList.toggle("dirty", state.dirty);
      const weak = state.rows.filter((row) => !row.reviewed && row.score !== null && row.score < 0.5).length;
      $("#status").textContent = (state.dirty ? "unsaved changes" : "saved") + " · " + state.rows.length + " rows · " + weak + " weak";
    }

    function select(event, index) {
      if (editing) { return; }
      selected = index;
      const cell = event.target.closest("td.cell");
      if (cell) { column = Number(cell.dataset.column); }
      caret = null;
      const selection = window.getSelection();
      const span = event.target.closest(".sentence");
      if (span && selection && selection.anchorNode && span.contains(selection.anchorNode)) {
        caret = { row: index, column, sentence: Number(span.dataset.sentence), offset: selection.anchorOffset };
      }
      render();
    }

    async function edit(change) {
      show(await api("POST", "api/alignment/edit", { path: state.path, revision: state.revision, edit: change }));
      say("");
    }

    const actions = {
      "merge-next": () => edit({ op: "merge", row: selected, direction: "next" }),
      "merge-previous": async () => {
        await edit({ op: "merge", row: selected, direction: "previous" });
        selected = Math.max(0, selected - 1);
        render();
      },
      "split": () => {
        if (!caret || caret.row !== selected) {
          throw new Error("click in a sentence where the row should be split, then press S");
        }
        return edit({ op: "split", row: caret.row, column: caret.column, sentence: caret.sentence, offset: caret.offset });
      },
      "move-up": () => edit({ op: "move", row: selected, column, direction: "up" }),
      "move-down": () => edit({ op: "move", row: selected, column, direction: "down" }),
      "swap": () => edit({ op: "swap", row: selected, column }),
      "unalign": () => edit({ op: "unalign", row: selected }),
      "confirm": () => edit({ op: "confirm", row: selected }),
      "edit": () => startEditing(),
      "undo": async () => show(await api("POST", "api/alignment/undo", { path: state.path, revision: state.revision })),
      "redo": async () => show(await api("POST", "api/alignment/redo", { path: state.path, revision: state.revision })),
      "save": async () => {
        const saved = await api("POST", "api/alignment/save", { path: state.path, revision: state.revision });
        show(saved);
        say("Saved " + saved.savedUnits + " units to " + saved.path);
        memories = null;
        await loadFiles();
        $("#file").value = saved.path;
      },
    };

    function startEditing() {
      const cell = document.querySelector('tr.row[data-index="' + selected + '"] td.cell[data-column="' + column + '"]');
      if (!cell) { return; }
      editing = true;
      const area = document.createElement("textarea");
      area.value = state.rows[selected].cells[column].join("\n");
      cell.innerHTML = "";
      cell.appendChild(area);
      area.focus();
      say("One sentence per line · Ctrl+Enter to keep · Escape to cancel");
      area.addEventListener("keydown", (event) => {
        if (event.key === "Escape") {
          editing = false;
          render();
          say("");
        } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          editing = false;
          run(() => edit({ op: "edit", row: selected, column, text: area.value }));
        }
        event.stopPropagation();
      });
    }

    function perform(name) {
      if (!state) { say("open an alignment first", true); return; }
      run(async () => actions[name]());
    }

    function scrollToSelected() {
      const tr = document.querySelector('tr.row[data-index="' + selected + '"]');
      if (tr) { tr.scrollIntoView({ block: "nearest" }); }
    }

    function step(delta) {
      const order = visibleRows().map((entry) => entry.index);
      const position = order.indexOf(selected);
      const next = order[Math.min(order.length - 1, Math.max(0, (position < 0 ? 0 : position) + delta))];
      if (next !== undefined) { selected = next; caret = null; render(); scrollToSelected(); }
    }

    document.addEventListener("keydown", (event) => {
      if (editing || view !== "review" || ["SELECT", "TEXTAREA", "INPUT"].includes(event.target.tagName)) { return; }
      const key = event.key.toLowerCase();
      const control = event.ctrlKey || event.metaKey;
      let action = null;
      if (control && key === "s") { action = "save"; }
      else if (control && key === "z" && !event.shiftKey) { action = "undo"; }
      else if (control && (key === "y" || (key === "z" && event.shiftKey))) { action = "redo"; }
      else if (control || event.altKey) { return; }
      else if (key === "arrowdown") { event.preventDefault(); step(1); return; }
      else if (key === "arrowup") { event.preventDefault(); step(-1); return; }
      else if (key === "arrowleft" && state) { column = Math.max(0, column - 1); render(); return; }
      else if (key === "arrowright" && state) { column = Math.min(state.languages.length - 1, column + 1); render(); return; }
      else if (key === "m") { action = event.shiftKey ? "merge-previous" : "merge-next"; }
      else { action = { s: "split", k: "move-up", j: "move-down", w: "swap", u: "unalign", e: "edit", c: "confirm" }[key] || null; }
      if (action) {
        event.preventDefault();
        perform(action);
      }
    });

    window.addEventListener("beforeunload", (event) => {
      if (state && state.dirty) { event.preventDefault(); }
    });

    document.addEventListener("DOMContentLoaded", () => {
      for (const button of document.querySelectorAll("#actions button")) {
        button.addEventListener("mousedown", (event) => event.preventDefault());
        button.addEventListener("click", () => perform(button.dataset.action));
      }
      for (const name of ["undo", "redo", "save"]) {
        $("#" + name).addEventListener("click", () => perform(name));
      }
      $("#open").addEventListener("click", () => run(() => openAlignment($("#file").value)));
      $("#filter").addEventListener("change", () => render());
      for (const tab of document.querySelectorAll(".tab")) {
        tab.addEventListener("click", () => showView(tab.dataset.view));
      }
      $("#align-form").addEventListener("submit", (event) => { event.preventDefault(); run(alignUploads); });
      $("#align-source").addEventListener("change", () => suggestOutput());
      $("#search-form").addEventListener("submit", (event) => { event.preventDefault(); run(searchMemory); });
      $("#terms-form").addEventListener("submit", (event) => { event.preventDefault(); run(loadCandidates); });
      $("#terms-all").addEventListener("change", () => run(loadCandidates));
      window.addEventListener("resize", () => document.documentElement.style.setProperty("--bar", $("#bar").offsetHeight + "px"));
      run(start);
    });
    """#
}
