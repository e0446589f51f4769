import Alignment
import ArgumentParser
import Foundation
import Segmentation

/// `bitext align`: align the language versions of releases sentence by sentence.
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the language versions of releases sentence by sentence.",
        discussion: """
            The versions are release files (.txt, .html, .docx): each is read and split into \
            sentences, the blocks serving as anchors; page boilerplate (menus, date lines) is \
            aligned apart from the text, and only where both versions have it. \
            With --presegmented, each file holds one sentence per line (a blank line separates \
            paragraphs only with --paragraphs). Beads come out with a confidence in [0, 1]. \
            Three or more versions give multilingual units, aligned through the first (pivot) \
            version. --pairs aligns a whole archive on all cores into one memory.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tmx, vecalign, tsv, json
    }

    @Argument(help: "The versions: the pivot (source) first, then one or more targets.")
    var files: [String] = []

    @Option(help: ArgumentHelp(
        "Align every release of a folder, a zip archive of one, or a manifest: versions paired by name (PR144.en.html ↔ PR144.fr.html, en/PR144.txt ↔ fr/PR144.txt, PR144/en.txt ↔ PR144/fr.txt) or listed in a TSV manifest (one release a line, a path a column).",
        valueName: "dir|archive.zip|manifest.tsv"))
    var pairs: String?

    @Option(help: ArgumentHelp("With --pairs: the file extensions that count as versions (default: txt,html,htm,docx; sent with --presegmented).", valueName: "ext,ext"))
    var extensions: String?

    @Option(help: "With --pairs: how many releases to align at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "The files hold one sentence per line (as in the benchmark sets).")
    var presegmented = false

    @Flag(help: "With --presegmented: blank lines separate paragraphs, used as anchors.")
    var paragraphs = false

    @Flag(help: "Leave out what the reader marks as page boilerplate (menus, date lines, archive notices); by default it is aligned, never merged with the text, and its pairs marked x-boilerplate in TMX.")
    var dropBoilerplate = false

    @Flag(help: ArgumentHelp("The default now (boilerplate is aligned); kept for old scripts.", visibility: .hidden))
    var keepBoilerplate = false

    @Option(help: "Languages of the versions in order, e.g. en,fr,es (guessed when left out); with --pairs, the languages to align, pivot first.")
    var langs: String?

    @Option(help: "Output format: tmx (the default with -o NAME.tmx), vecalign (beads, the default otherwise), tsv (score, bead, texts) or json.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Also write a side-by-side HTML page of the alignment, weak pairs flagged.", valueName: "report.html"))
    var report: String?

    @Option(help: "Leave out pairs whose confidence is below this value (tmx, tsv and json).")
    var minConfidence: Double = 0

    @Flag(help: "TMX: also write sentences without counterpart (1-0, 0-1) as one-variant units.")
    var keepUnaligned = false

    @Option(help: ArgumentHelp("A glossary (TBX, TSV, CSV) whose approved terms serve as evidence; repeatable (default: every glossary in glossaries/).", valueName: "path"))
    var glossary: [String] = []

    @Flag(help: "Do not use glossaries as evidence.")
    var noGlossary = false

    @Flag(help: "Do not use the dictd dictionaries installed under /usr/share/dictd.")
    var noDictionary = false

    @Flag(help: "With --pairs: learn one lexicon (and, where no dictionary is installed, graded word links) from all the releases (and the units of the -o memory when it exists), then align them again with it (twice the time).")
    var poolLexicon = false

    @Option(help: ArgumentHelp("Set a model weight, e.g. skip=2.5 (for evaluations).", visibility: .hidden))
    var weight: [String] = []

    func validate() throws {
        if pairs != nil {
            guard files.isEmpty else { throw ValidationError("give either versions or --pairs, not both") }
            guard outputFormat == .tmx, output != nil else {
                throw ValidationError("--pairs writes one memory: -o archive.tmx")
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        } else {
            if poolLexicon { throw ValidationError("--pool-lexicon pools the releases of a batch: use it with --pairs") }
            guard files.count >= 2 else {
                throw ValidationError("give at least two versions (pivot first), or --pairs DIR|ARCHIVE.zip|MANIFEST.tsv; got \(files.count)")
            }
            if files.count > 2 && outputFormat == .vecalign {
                throw ValidationError("the vecalign format holds two versions: choose --format tmx|tsv|json for \(files.count)")
            }
        }
        if keepBoilerplate && dropBoilerplate { throw ValidationError("--keep-boilerplate (the default) and --drop-boilerplate contradict each other") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if outputFormat == .tmx && output == nil {
            throw ValidationError("TMX output needs a file: -o memory.tmx (or choose --format vecalign|tsv|json)")
        }
        _ = try givenLanguages()
    }

    /// The chosen format, or the default for the output file.
    var outputFormat: Format {
        format ?? (output?.lowercased().hasSuffix(".tmx") == true ? .tmx : .vecalign)
    }

    /// The languages given with `--langs`.
    func givenLanguages() throws -> [String]? {
        guard let langs else { return nil }
        let codes = langs.split(separator: ",", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces).lowercased() }
        guard codes.allSatisfy({ !$0.isEmpty }), Set(codes).count == codes.count,
              pairs != nil ? codes.count >= 2 : codes.count == files.count else {
            throw ValidationError(pairs != nil
                ? "--langs needs at least two different languages, pivot first, e.g. en,fr"
                : "--langs needs one language per file, e.g. \(["en", "fr", "es", "de"].prefix(max(2, files.count)).joined(separator: ","))")
        }
        for code in codes { try LanguageCodeCheck.validate(code, option: "--langs") }
        return codes
    }

    /// A warning for each code of `--langs` Bitext does not know, saying what it does with it.
    func languageWarnings(segmenter: Segmenter) throws -> [String] {
        var isFolder: ObjCBool = false
        let folder = pairs.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue } ?? false
        let segmented = presegmented ? "" : "its version is segmented with \(segmenter.rules.fallbackDescription) and "
        return try (givenLanguages() ?? []).compactMap { code in
            LanguageCodeCheck.warning(for: code, rules: segmenter.rules, fallback: folder
                ? "no file name in a folder can carry it, so it selects no version"
                : segmented + "aligned with no function-word list or dictionary for it"
                    + (outputFormat == .tmx ? "; the memory gets xml:lang=\"\(code)\"" : ""))
        }
    }

    /// The settings shared by every release of the run; glossary warnings go to `warnings`.
    func makeSettings(warnings: inout [String]) throws -> AlignJob.Settings {
        var settings = AlignJob.Settings()
        settings.presegmented = presegmented
        settings.paragraphs = paragraphs
        settings.dropsBoilerplate = dropBoilerplate
        settings.options.usesInstalledDictionaries = !noDictionary
        settings.requiresLanguages = outputFormat == .tmx
        for setting in weight {
            let parts = setting.split(separator: "=")
            guard parts.count == 2, let value = Double(parts[1]), settings.options.weights.set(String(parts[0]), to: value) else {
                throw ValidationError("--weight expects NAME=NUMBER with a known weight name, got `\(setting)`")
            }
        }
        if !noGlossary {
            settings.glossary = try AlignmentGlossary.load(paths: glossary, warnings: &warnings)
        }
        return settings
    }

    func run() async throws {
        if pairs != nil {
            try await runBatch()
            return
        }
        var warnings: [String] = []
        let settings = try makeSettings(warnings: &warnings)
        warnings = try languageWarnings(segmenter: settings.segmenter) + warnings
        let job = AlignJob(name: files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " | "),
                           paths: files, languages: try givenLanguages() ?? [])
        let release = try job.run(settings)
        for warning in warnings + release.warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        if let report {
            try OutputFile.write(AlignmentReport(documents: [release.reportDocument]).html(), to: report)
        }
        if outputFormat == .tmx, let output {
            let memory = AlignmentMemory(minConfidence: minConfidence, keepUnaligned: keepUnaligned)
            let added = try memory.append([release], to: URL(fileURLWithPath: output))
            FileHandle.standardError.write(Data("\(output): \(AlignedRelease.count(added[0], "unit")) added\n".utf8))
            return
        }
        try OutputFile.write(render(release), to: output)
    }

    private func render(_ release: AlignedRelease) -> String {
        let units = release.alignment.units.filter { !$0.isAligned || $0.confidence >= minConfidence }
        func text(_ unit: MultilingualAlignment.Unit, _ version: Int) -> String {
            unit.sentences[version].map { release.sentences[version][$0] }.joined(separator: " ")
        }
        switch outputFormat {
        case .tmx, .vecalign:
            return VecalignFormat.format(release.pairwise[0].beads)
        case .tsv:
            return units.map { unit in
                "\(String(format: "%.3f", unit.confidence))\t\(unit.kind)\t"
                    + unit.sentences.indices.map { tsvField(text(unit, $0)) }.joined(separator: "\t") + "\n"
            }.joined()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data: Data?
            if release.paths.count == 2 {
                let beads = units.map { unit in
                    JSONBead(source: Array(unit.sentences[0]), target: Array(unit.sentences[1]), kind: unit.kind,
                             confidence: (unit.confidence * 1000).rounded() / 1000,
                             sourceText: text(unit, 0), targetText: text(unit, 1), boilerplate: release.isBoilerplate(unit))
                }
                data = try? encoder.encode(JSONAlignment(warnings: release.alignment.warnings, beads: beads))
            } else {
                let jsonUnits = units.map { unit in
                    JSONUnit(sentences: unit.sentences.map(Array.init), kind: unit.kind,
                             confidence: (unit.confidence * 1000).rounded() / 1000,
                             texts: unit.sentences.indices.map { text(unit, $0) }, boilerplate: release.isBoilerplate(unit))
                }
                data = try? encoder.encode(JSONMultilingual(
                    languages: release.alignment.languages.map { $0 ?? "" }, warnings: release.alignment.warnings, units: jsonUnits))
            }
            return (String(data: data ?? Data(), encoding: .utf8) ?? "") + "\n"
        }
    }

    private func tsvField(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private struct JSONAlignment: Encodable {
        var warnings: [String]
        var beads: [JSONBead]
    }

    private struct JSONMultilingual: Encodable {
        var languages: [String]
        var warnings: [String]
        var units: [JSONUnit]
    }

    private struct JSONUnit: Encodable {
        var sentences: [[Int]]
        var kind: String
        var confidence: Double
        var texts: [String]
        /// Whether every sentence of the unit is page boilerplate (`x-boilerplate` in TMX).
        var boilerplate: Bool
    }

    private struct JSONBead: Encodable {
        var source: [Int]
        var target: [Int]
        var kind: String
        var confidence: Double
        var sourceText: String
        var targetText: String
        /// Whether every sentence of the bead is page boilerplate (`x-boilerplate` in TMX).
        var boilerplate: Bool
    }
}
