extension PageAssets {
    /// The style sheet.
    static let style = """
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; background: #f6f7f9; }
    header, nav, .toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #dde1e7; }
    #bar { position: sticky; top: 0; z-index: 2; }
    nav { font-size: 13px; }
    [hidden] { display: none !important; }
    .tab { border: none; border-bottom: 3px solid transparent; border-radius: 0; background: none; padding: .3rem .7rem; }
    .tab.active { border-bottom-color: #0b4f8a; color: #0b4f8a; font-weight: 600; }
    h2 { font-size: 1rem; margin: .6rem 0 .4rem; }
    .panel { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: .6rem 1rem; margin-bottom: .8rem; }
    .panel label { display: block; margin: .35rem 0; }
    .panel.row { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; }
    .panel.row label { display: inline; margin: 0; }
    input { font: inherit; padding: .2rem .35rem; border: 1px solid #b9c1cc; border-radius: 4px; }
    .hint { color: #6b7380; font-size: 13px; }
    .problem { color: #8a1c12; font-size: 13px; }
    mark { background: #ffe08a; color: inherit; border-radius: 2px; padding: 0 1px; }
    .target mark { background: #bfe8c8; }
    #search-results section { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: .3rem 1rem .6rem; margin-bottom: .8rem; }
    .match, .group { border-top: 1px solid #eef0f3; padding: .4rem 0; }
    .glossary-hits .term { font-weight: 600; }
    .glossary-hits .forbidden .term { color: #8a1c12; }
    .line { display: flex; gap: .6rem; align-items: baseline; }
    .percent, .count { min-width: 3.2rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .arrow { min-width: 3.2rem; text-align: right; color: #9aa3ae; }
    .lang { color: #6b7380; font-size: 12px; }
    .origin { color: #8a929d; font-size: 12px; margin-left: 3.8rem; }
    .rendering.found { background: #bfe8c8; border-radius: 2px; padding: 0 2px; font-weight: 600; }
    .hit { margin: .2rem 0 .2rem 3.8rem; font-size: 14px; }
    .hit .line.translation .arrow { min-width: 1rem; }
    .hit .origin { margin-left: 0; }
    .hit.near { border-left: 2px solid #d8dde4; padding-left: .4rem; }
    .near-label { color: #6b7380; font-size: 12px; }
    .split { display: flex; gap: 1rem; align-items: flex-start; }
    #terms { flex: 3; }
    #terms td.term, #terms th.term { width: 19%; }
    #terms td.term input { width: 100%; }
    #terms th.num, #terms td.num { width: 4.2rem; }
    #terms th.decide, #terms td.decide { width: 12.5rem; }
    #terms .decide button { font-size: 13px; padding: .1rem .45rem; margin: 0 .15rem .15rem 0; }
    #terms .evidence { font-size: 13px; }
    #terms .figures { color: #6b7380; }
    #terms .example .id { color: #8a929d; font-size: 12px; }
    tr.decided td { background: #f3f4f6; }
    tr.decided.approved td.decide .decision { color: #2b8a3e; }
    tr.decided.forbidden td.decide .decision, tr.decided.rejected td.decide .decision { color: #8a1c12; }
    .decision { display: block; font-weight: 600; font-size: 13px; }
    #glossary-view { flex: 1; background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: .2rem .8rem .6rem; font-size: 14px; position: sticky; top: calc(var(--bar, 6rem) + .5rem); }
    #glossary-entries { padding-left: 1rem; margin: 0; }
    #glossary-entries .forbidden .pair { color: #8a1c12; }
    #glossary-entries .note { color: #6b7380; }
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
    th { position: sticky; top: var(--bar, 5.6rem); background: #f0f2f5; font-weight: 600; font-size: 13px; z-index: 1; }
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
