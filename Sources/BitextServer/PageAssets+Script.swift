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

    async function loadFiles() {
      const list = await api("GET", "api/files");
      const select = $("#file");
      select.innerHTML = "";
      for (const file of list.files.filter((f) => f.kind === "memory")) {
        const option = document.createElement("option");
        option.value = file.path;
        option.textContent = file.path;
        select.appendChild(option);
      }
      const wanted = new URLSearchParams(location.search).get("path");
      if (wanted) {
        select.value = wanted;
        await openAlignment(wanted);
      }
    }

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
      if (editing || event.target.tagName === "SELECT" || event.target.tagName === "TEXTAREA") { return; }
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
      run(loadFiles);
    });
    """#
}
