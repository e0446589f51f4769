extension PageAssets {
    /// The style sheet.
    static let style = """
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; background: #f6f7f9; }
    header, nav { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #dde1e7; }
    header { position: sticky; top: 0; z-index: 2; }
    nav { position: sticky; top: 3.1rem; z-index: 2; font-size: 13px; }
    h1 { font-size: 1.1rem; margin: 0 1rem 0 0; color: #0b4f8a; }
    .spacer { flex: 1; }
    button { font: inherit; padding: .25rem .6rem; border: 1px solid #b9c1cc; border-radius: 4px; background: #fdfdfe; cursor: pointer; }
    button:hover:not(:disabled) { background: #eaf2fb; }
    button:disabled { opacity: .45; cursor: default; }
    #save.dirty { background: #0b4f8a; color: #fff; border-color: #0b4f8a; }
    #status { min-width: 10rem; color: #555; font-size: 13px; }
    .keys { color: #6b7380; margin-left: .5rem; }
    main { padding: .5rem 1rem 4rem; }
    table { border-collapse: collapse; width: 100%; background: #fff; table-layout: fixed; }
    th, td { border-bottom: 1px solid #e6e9ee; padding: .35rem .5rem; vertical-align: top; text-align: left; }
    th { position: sticky; top: 5.6rem; background: #f0f2f5; font-weight: 600; font-size: 13px; z-index: 1; }
    th.num, td.num { width: 3.5rem; color: #6b7380; font-variant-numeric: tabular-nums; }
    th.score, td.score { width: 5.5rem; }
    .badge { display: inline-block; min-width: 3.2rem; text-align: center; border-radius: 3px; padding: 0 .3rem; font-variant-numeric: tabular-nums; font-size: 13px; }
    .bead { display: block; color: #6b7380; font-size: 11px; }
    tr.row { cursor: pointer; }
    tr.row.selected { outline: 2px solid #0b4f8a; outline-offset: -2px; }
    tr.row.reviewed td.num::after { content: " ✓"; color: #2b8a3e; }
    tr.row.unaligned td.cell { background: #fff8e6; }
    td.cell.current { background: #eef5fc; }
    td.cell:empty::before { content: "—"; color: #b0b6bf; }
    .sentence { display: inline; }
    .sentence + .sentence::before { content: " ‖ "; color: #9aa3ae; }
    textarea { width: 100%; min-height: 5rem; font: inherit; }
    #empty { color: #6b7380; }
    footer { position: fixed; bottom: 0; left: 0; right: 0; padding: .4rem 1rem; background: #fff; border-top: 1px solid #dde1e7; min-height: 1.8rem; font-size: 13px; }
    footer.error { background: #fdecea; color: #8a1c12; }
    """
}
