extension PageAssets {
    /// The page.
    static let html = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="bitext-token" content="{{TOKEN}}">
    <title>Bitext</title>
    <link rel="stylesheet" href="app.css">
    <script src="app.js" defer></script>
    </head>
    <body>
    <div id="bar">
    <header>
      <h1>Bitext</h1>
      <span id="tabs" role="tablist">
    <button type="button" role="tab" class="tab" id="tab-review" data-view="review">Review</button>
    <button type="button" role="tab" class="tab" id="tab-align" data-view="align">Align releases</button>
    <button type="button" role="tab" class="tab" id="tab-search" data-view="search">Search memory</button>
    <button type="button" role="tab" class="tab" id="tab-glossary" data-view="glossary">Glossary</button>
      </span>
    </header>
    <div class="toolbar" data-for="review">
      <label>Alignment <select id="file"></select></label>
      <button id="open" type="button">Open</button>
      <label>Show <select id="filter">
    <option value="order">document order</option>
    <option value="weakest">weakest first</option>
    <option value="weak">weak only (&lt; 0.5)</option>
      </select></label>
      <span class="spacer"></span>
      <button id="undo" type="button" title="Undo (Ctrl+Z)">Undo</button>
      <button id="redo" type="button" title="Redo (Ctrl+Y)">Redo</button>
      <button id="save" type="button" title="Save (Ctrl+S)">Save</button>
      <span id="status" role="status">no alignment open</span>
    </div>
    <nav id="actions" aria-label="Row actions" data-for="review">
      <button type="button" data-action="merge-previous" id="merge-previous" title="Merge with the previous row (Shift+M)">Merge ↑</button>
      <button type="button" data-action="merge-next" id="merge-next" title="Merge with the next row (M)">Merge ↓</button>
      <button type="button" data-action="split" id="split" title="Split the row where you clicked in a sentence (S)">Split here</button>
      <button type="button" data-action="move-up" id="move-up" title="Move the first sentence of this column to the previous row (K)">Sentence ↑</button>
      <button type="button" data-action="move-down" id="move-down" title="Move the last sentence of this column to the next row (J)">Sentence ↓</button>
      <button type="button" data-action="swap" id="swap" title="Swap this column with the next row's (W)">Swap ↓</button>
      <button type="button" data-action="unalign" id="unalign" title="Mark as unaligned (U)">Unaligned</button>
      <button type="button" data-action="edit" id="edit" title="Edit the text of this column (E)">Edit</button>
      <button type="button" data-action="confirm" id="confirm" title="Confirm the pair as right (C)">Confirm</button>
      <span class="keys">↑↓ row · ←→ column · M/Shift+M merge · S split · J/K move sentence · W swap · U unaligned · E edit · C confirm · Ctrl+Z/Ctrl+Y undo/redo · Ctrl+S save</span>
    </nav>
    </div>
    <main id="view-review" class="view">
      <table id="rows" aria-label="Alignment">
    <thead><tr id="heads"><th>#</th><th>score</th></tr></thead>
    <tbody></tbody>
      </table>
      <p id="empty">Choose an alignment (a TMX file from <code>bitext align</code>) and open it, or align two releases.</p>
    </main>
    <main id="view-align" class="view" hidden>
      <form id="align-form" class="panel">
    <h2>Align two versions of a release</h2>
    <p class="hint">Text, HTML or Word files (.txt, .html, .docx). Each is split into sentences and the two are aligned; the result opens for review and is written to the memory when you save it.</p>
    <label>Source version <input type="file" id="align-source" accept=".txt,.text,.html,.htm,.docx"></label>
    <label>Target version <input type="file" id="align-target" accept=".txt,.text,.html,.htm,.docx"></label>
    <label>Languages <input id="align-languages" placeholder="e.g. en,fr (guessed when empty)" size="22"></label>
    <label>Save as <input id="align-output" placeholder="tmx/release.tmx" size="34"></label>
    <button id="align-run" type="submit">Align and review</button>
      </form>
    </main>
    <main id="view-search" class="view" hidden>
      <form id="search-form" class="panel row">
    <input id="search-text" type="search" placeholder="A sentence, a phrase or a word" aria-label="Text to look up" size="50">
    <label>From <select id="search-from"><option value="">any</option></select></label>
    <label>To <select id="search-to"><option value="">all</option></select></label>
    <label>Kind <select id="search-mode">
      <option value="auto">automatic</option>
      <option value="fuzzy">fuzzy matches</option>
      <option value="concordance">concordance</option>
      <option value="both">both</option>
    </select></label>
    <label>Min % <input id="search-min" type="number" value="70" min="1" max="100" size="4"></label>
    <button id="search-run" type="submit">Search</button>
      </form>
      <div id="search-results" aria-live="polite"></div>
    </main>
    <main id="view-glossary" class="view" hidden>
      <form id="terms-form" class="panel row">
    <label>From <input id="terms-from" value="fr" size="5"></label>
    <label>To <input id="terms-to" value="en" size="5"></label>
    <label>Glossary <input id="terms-glossary" list="glossary-files" size="30"></label>
    <datalist id="glossary-files"></datalist>
    <label><input type="checkbox" id="terms-all"> show decided</label>
    <button id="terms-run" type="submit">Extract candidates</button>
    <span id="terms-summary" class="hint"></span>
      </form>
      <div class="split">
    <table id="terms" aria-label="Term candidates">
      <thead><tr><th class="term">source term</th><th class="term">target term</th><th class="num">score</th><th class="num">freq.</th><th>evidence</th><th class="decide">decision</th></tr></thead>
      <tbody></tbody>
    </table>
    <aside id="glossary-view"><h2 id="glossary-title">Glossary</h2><ul id="glossary-entries"></ul></aside>
      </div>
    </main>
    <footer id="message" role="alert"></footer>
    </body>
    </html>
    """
}
