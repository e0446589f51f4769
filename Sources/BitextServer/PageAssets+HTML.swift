extension PageAssets {
    /// The page.
    static let html = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="bitext-token" content="{{TOKEN}}">
    <title>Bitext review</title>
    <link rel="stylesheet" href="app.css">
    <script src="app.js" defer></script>
    </head>
    <body>
    <header>
      <h1>Bitext</h1>
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
    </header>
    <nav id="actions" aria-label="Row actions">
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
    <main>
      <table id="rows" aria-label="Alignment">
        <thead><tr id="heads"><th>#</th><th>score</th></tr></thead>
        <tbody></tbody>
      </table>
      <p id="empty">Choose an alignment (a TMX file from <code>bitext align</code>) and open it.</p>
    </main>
    <footer id="message" role="alert"></footer>
    </body>
    </html>
    """
}
