import Foundation

/// A self-contained HTML page showing alignments side by side, for a person to check them.
///
/// Each unit is a row with one column per version and its confidence as a number and a colour (red
/// for 0, green for 1). Weak units (below ``weakBelow``) and unaligned sentences are flagged, and
/// an index of the weakest units, weakest first, links to them. The page has no script and loads
/// nothing; every text is HTML-escaped.
public struct AlignmentReport: Sendable {
    /// One aligned document (a release and its versions).
    public struct Document: Sendable {
        /// The name shown as the section's title (e.g. the release name).
        public var name: String
        /// The label of each version (its file name), pivot first.
        public var labels: [String]
        /// The sentences of each version, pivot first.
        public var sentences: [[String]]
        /// The alignment of the versions.
        public var alignment: MultilingualAlignment

        /// Creates a document section.
        public init(name: String, labels: [String], sentences: [[String]], alignment: MultilingualAlignment) {
            self.name = name
            self.labels = labels
            self.sentences = sentences
            self.alignment = alignment
        }
    }

    /// A document that could not be aligned, shown with its error.
    public struct Failure: Sendable {
        /// The document's name.
        public var name: String
        /// What went wrong, in words.
        public var message: String

        /// Creates a failure entry.
        public init(name: String, message: String) {
            self.name = name
            self.message = message
        }
    }

    /// The page's title.
    public var title: String
    /// The aligned documents, in the order shown.
    public var documents: [Document]
    /// The documents that failed.
    public var failures: [Failure]
    /// Units below this confidence are flagged as weak.
    public var weakBelow: Double
    /// How many of the weakest units the index at the top lists.
    public var indexSize = 50

    /// Creates a report.
    public init(title: String = "Bitext alignment report", documents: [Document], failures: [Failure] = [], weakBelow: Double = 0.8) {
        self.title = title
        self.documents = documents
        self.failures = failures
        self.weakBelow = weakBelow
    }

    /// The page.
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>

            """
        let aligned = documents.flatMap { $0.alignment.alignedUnits }
        let weak = aligned.filter { $0.confidence < weakBelow }.count
        let unaligned = documents.reduce(0) { $0 + $1.alignment.unalignedSentenceCount }
        page += "<p class=\"summary\">\(documents.count) document\(documents.count == 1 ? "" : "s")"
        if !failures.isEmpty { page += ", <strong>\(failures.count) failed</strong>" }
        page += "; \(aligned.count) aligned units, <span class=\"weak-label\">\(weak) below \(Self.number(weakBelow))</span>, "
        page += "\(unaligned) unaligned sentences. Confidence: "
        page += "<span class=\"legend\" style=\"background:\(Self.colour(0))\">0</span>"
        page += "<span class=\"legend\" style=\"background:\(Self.colour(0.5))\">0.5</span>"
        page += "<span class=\"legend\" style=\"background:\(Self.colour(0.8))\">0.8</span>"
        page += "<span class=\"legend\" style=\"background:\(Self.colour(0.95))\">0.95</span>"
        page += "<span class=\"legend\" style=\"background:\(Self.colour(1))\">1</span></p>\n"
        page += "<label class=\"filter\"><input type=\"checkbox\" id=\"weak-only\"> show only weak and unaligned units</label>\n"
        if !failures.isEmpty {
            page += "<h2>Failed</h2>\n<ul class=\"failures\">\n"
            for failure in failures {
                page += "<li><strong>\(Self.escape(failure.name))</strong>: \(Self.escape(failure.message))</li>\n"
            }
            page += "</ul>\n"
        }
        page += weakestIndex()
        for (number, document) in documents.enumerated() {
            page += section(document, number: number + 1)
        }
        page += "</body>\n</html>\n"
        return page
    }

    /// The weakest aligned units of all documents, weakest first, linking to their rows.
    private func weakestIndex() -> String {
        var weakest: [(document: Int, unit: Int, confidence: Double)] = []
        for (d, document) in documents.enumerated() {
            for (u, unit) in document.alignment.units.enumerated() where unit.isAligned && unit.confidence < weakBelow {
                weakest.append((d, u, unit.confidence))
            }
        }
        guard !weakest.isEmpty else { return "<p>No unit is below \(Self.number(weakBelow)).</p>\n" }
        weakest.sort { ($0.confidence, $0.document, $0.unit) < ($1.confidence, $1.document, $1.unit) }
        var html = "<h2>Weakest units</h2>\n<table class=\"index\">\n<thead><tr><th>score</th><th>document</th><th>unit</th><th>text</th></tr></thead>\n<tbody>\n"
        for item in weakest.prefix(indexSize) {
            let document = documents[item.document]
            let unit = document.alignment.units[item.unit]
            let anchor = "d\(item.document + 1)-u\(item.unit + 1)"
            let text = unit.sentences.indices.lazy.filter { !unit.sentences[$0].isEmpty }.first
                .map { version in unit.sentences[version].map { document.sentences[version][$0] }.joined(separator: " ") } ?? ""
            html += "<tr><td class=\"score\" style=\"background:\(Self.colour(item.confidence))\">\(Self.number(item.confidence))</td>"
            html += "<td>\(Self.escape(document.name))</td><td><a href=\"#\(anchor)\">\(item.unit + 1)</a></td>"
            html += "<td>\(Self.escape(Self.shortened(text)))</td></tr>\n"
        }
        if weakest.count > indexSize { html += "<tr><td colspan=\"4\">… and \(weakest.count - indexSize) more</td></tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    /// One document: a summary line and the table of its units.
    private func section(_ document: Document, number: Int) -> String {
        let alignment = document.alignment
        var html = "<h2 id=\"d\(number)\">\(Self.escape(document.name))</h2>\n"
        html += "<p class=\"summary\">\(alignment.alignedUnits.count) aligned units, mean confidence "
        html += "\(Self.number(alignment.meanConfidence)), \(alignment.unalignedSentenceCount) unaligned sentences</p>\n"
        for warning in alignment.warnings {
            html += "<p class=\"warning\">warning: \(Self.escape(warning))</p>\n"
        }
        html += "<table class=\"units\">\n<thead><tr><th>#</th><th>score</th><th>type</th>"
        for (version, label) in document.labels.enumerated() {
            let language = version < alignment.languages.count ? alignment.languages[version] : nil
            html += "<th>\(Self.escape(label))\(language.map { " <span class=\"lang\">\(Self.escape($0))</span>" } ?? "")</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (index, unit) in alignment.units.enumerated() {
            let flag = !unit.isAligned ? "unaligned" : unit.confidence < weakBelow ? "weak" : "ok"
            html += "<tr id=\"d\(number)-u\(index + 1)\" class=\"\(flag)\"><td class=\"n\">\(index + 1)</td>"
            if unit.isAligned {
                html += "<td class=\"score\" style=\"background:\(Self.colour(unit.confidence))\">\(Self.number(unit.confidence))</td>"
            } else {
                html += "<td class=\"score\">—</td>"
            }
            html += "<td class=\"kind\">\(unit.kind)</td>"
            for version in document.labels.indices {
                let range = version < unit.sentences.count ? unit.sentences[version] : 0..<0
                let texts = range.compactMap { $0 < document.sentences[version].count ? document.sentences[version][$0] : nil }
                html += texts.isEmpty ? "<td class=\"empty\"></td>"
                    : "<td lang=\"\(Self.escape(version < alignment.languages.count ? alignment.languages[version] ?? "" : ""))\">"
                        + texts.map { "<span class=\"s\">\(Self.escape($0))</span>" }.joined(separator: " ") + "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A confidence as a colour from red (0) through yellow (about 0.8) to green (1): cubed, so
    /// that the scores where errors are (below 0.95) stand out from the reliable ones.
    static func colour(_ confidence: Double) -> String {
        let clamped = max(0, min(1, confidence))
        let hue = Int((clamped * clamped * clamped * 120).rounded())
        return "hsl(\(hue), 75%, 80%)"
    }

    private static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func shortened(_ text: String) -> String {
        text.count <= 120 ? text : String(text.prefix(117)) + "…"
    }

    private static let style = """
        body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
        h2{margin-top:2em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%;margin:.5em 0}
        th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
        th{background:#f4f4f4}
        td.score{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.n,td.kind{color:#777;white-space:nowrap}
        tr.weak td{border-top:2px solid #d33}
        tr.weak td.n::after{content:" ⚠";color:#d33}
        tr.unaligned td{background:#f3f3f3;color:#666;font-style:italic}
        td.empty{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 4px,#eee 4px,#eee 8px)}
        span.s+span.s{border-left:2px solid #aaa;padding-left:.3em}
        .legend{display:inline-block;padding:0 .5em;margin-left:.3em}
        .lang{color:#777;font-weight:normal}
        .warning,.failures{color:#a00}
        .filter{display:block;margin:.5em 0}
        body:has(#weak-only:checked) tr.ok{display:none}
        """
}
