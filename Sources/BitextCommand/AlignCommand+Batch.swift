import Alignment
import ArgumentParser
import Documents
import Foundation

extension AlignCommand {
    /// `bitext align --pairs DIR|ARCHIVE.zip|MANIFEST.tsv -o archive.tmx`: aligns every release on all cores,
    /// prints a summary line per release, writes one memory; a failing release is reported and the
    /// others go on (exit status 1 at the end).
    func runBatch() async throws {
        guard let pairs, let output else { return }
        var warnings: [String] = []
        var settings = try makeSettings(warnings: &warnings)
        warnings = try languageWarnings(segmenter: settings.segmenter) + warnings
        let (pairing, unpacked) = try findPairs(pairs)
        defer { if let unpacked { try? FileManager.default.removeItem(at: unpacked) } }
        // The files of an archive are named inside it (`releases.zip/PR1.fr.docx`), not in the
        // temporary folder it was unpacked to.
        func shown(_ text: String) -> String {
            unpacked.map { text.replacingOccurrences(of: $0.path + "/", with: pairs + "/") } ?? text
        }
        for warning in warnings { printError("warning: \(warning)") }
        for skipped in pairing.skipped { printError("skipped: \(shown(skipped))") }
        guard !pairing.jobs.isEmpty || !pairing.conflicts.isEmpty else {
            throw AlignInputError("\(pairs): no release with two versions found" + (pairing.skipped.isEmpty ? "" : " (\(AlignedRelease.count(pairing.skipped.count, "file")) skipped, see above)"))
        }
        let concurrency = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var results = await Self.align(pairing.jobs, settings: settings, concurrency: concurrency)
        if poolLexicon {
            settings.pooledLexicons = try Self.pooledLexicons(results, memory: URL(fileURLWithPath: output)) { printError($0) }
            if !settings.pooledLexicons.isEmpty { results = await Self.align(pairing.jobs, settings: settings, concurrency: concurrency) }
        }
        var releases: [AlignedRelease] = []
        var failures = pairing.conflicts.map { AlignmentReport.Failure(name: $0.name, message: $0.message) }
        for (job, result) in zip(pairing.jobs, results) {
            switch result {
            case .success(let release): releases.append(release)
            case .failure(let error): failures.append(.init(name: job.name, message: shown(error.description)))
            }
        }
        let memory = AlignmentMemory(minConfidence: minConfidence, keepUnaligned: keepUnaligned)
        // Nothing aligned: the memory is left as it is (not created).
        let added = releases.isEmpty ? [] : try memory.append(releases, to: URL(fileURLWithPath: output))
        if let report {
            try OutputFile.write(AlignmentReport(documents: releases.map(\.reportDocument), failures: failures).html(), to: report)
        }
        for (release, count) in zip(releases, added) {
            print(release.summary + ", \(AlignedRelease.count(count, "unit")) added")
            for warning in release.warnings { printError("warning: \(shown(warning))") }
        }
        for failure in failures { printError("error: \(failure.name): \(failure.message)") }
        let pairCount = releases.reduce(0) { $0 + $1.alignment.alignedUnits.count }
        print("\(AlignedRelease.count(releases.count, "release")) aligned, \(failures.count) failed, \(AlignedRelease.count(pairing.skipped.count, "file")) skipped; "
              + "\(AlignedRelease.count(pairCount, "pair")), \(AlignedRelease.count(added.reduce(0, +), "unit")) added to \(output)")
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// One lexicon per language pair (`de-fr`), learned by ``LexiconPool`` from the pairs of the
    /// aligned releases and the units of the memory when it exists; only pairs with two releases or
    /// more, or with a memory, get one (a single release is aligned as it was).
    static func pooledLexicons(_ results: [Result<AlignedRelease, AlignInputError>], memory: URL,
                               log: (String) -> Void = { _ in }) throws -> [String: (lexicon: Lexicon, links: TranslationLinks)] {
        var pools: [String: (pool: LexiconPool, releases: Int)] = [:]
        for case .success(let release) in results {
            guard let source = release.alignment.languages.first ?? nil else { continue }
            for (index, alignment) in release.pairwise.enumerated() {
                guard let target = release.alignment.languages[index + 1] else { continue }
                let key = "\(source)-\(target)"
                var entry = pools[key] ?? (LexiconPool(sourceLanguage: source, targetLanguage: target), 0)
                entry.pool.add(alignment, source: release.sentences[0], target: release.sentences[index + 1])
                entry.releases += 1
                pools[key] = entry
            }
        }
        let hasMemory = FileManager.default.fileExists(atPath: memory.path)
        var lexicons: [String: (lexicon: Lexicon, links: TranslationLinks)] = [:]
        for (key, var entry) in pools.sorted(by: { $0.key < $1.key }) where entry.releases >= 2 || hasMemory {
            var units = 0
            if hasMemory {
                do { units = try entry.pool.add(memory: memory) } catch {
                    throw AlignInputError("\(memory.relativePath): cannot read the memory for the pooled lexicon: \(error)")
                }
            }
            let (lexicon, links) = entry.pool.learn()
            lexicons[key] = (lexicon, links)
            log("pooled lexicon \(key): \(lexicon.entries.values.reduce(0) { $0 + $1.count }) word pairs and \(links.count) graded links learned from \(entry.pool.pairCount) sentence pairs "
                + "(\(entry.releases) releases" + (hasMemory ? ", \(units) units of \(memory.lastPathComponent))" : ")") + "; aligning again")
        }
        return lexicons
    }

    /// The releases of the folder, manifest or zip archive, and the temporary folder an archive
    /// was unpacked to (to remove when done).
    private func findPairs(_ path: String) throws -> (AlignJob.Pairing, unpacked: URL?) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AlignInputError("\(path): no such folder, manifest or zip archive")
        }
        let order = try givenLanguages()
        let chosen = extensions.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")).lowercased() }) }
        let defaults: Set<String> = presegmented ? ["sent"] : ["txt", "text", "html", "htm", "xhtml", "docx"]
        if !isDirectory.boolValue, ReleaseArchive.isArchive(URL(fileURLWithPath: path)) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-pairs-\(UUID().uuidString)", isDirectory: true)
            do {
                _ = try ReleaseArchive.unpack(URL(fileURLWithPath: path), into: folder, shown: path)
                return (try AlignJob.pairs(inFolder: folder, extensions: chosen ?? defaults, order: order), folder)
            } catch {
                try? FileManager.default.removeItem(at: folder)
                throw AlignInputError("\(error)")
            }
        }
        if !isDirectory.boolValue { return (try AlignJob.pairs(inManifest: URL(fileURLWithPath: path), order: order), nil) }
        return (try AlignJob.pairs(inFolder: URL(fileURLWithPath: path, isDirectory: true), extensions: chosen ?? defaults, order: order), nil)
    }

    /// Aligns the jobs, at most `concurrency` at once; the results are in the order of `jobs`.
    /// A progress bar shows on standard error when it is a terminal.
    static func align(_ jobs: [AlignJob], settings: AlignJob.Settings, concurrency: Int) async -> [Result<AlignedRelease, AlignInputError>] {
        var results = [Result<AlignedRelease, AlignInputError>?](repeating: nil, count: jobs.count)
        var progress = AlignProgress(total: jobs.count)
        await withTaskGroup(of: (Int, Result<AlignedRelease, AlignInputError>).self) { group in
            var next = 0
            func addJob() {
                let index = next, job = jobs[index]
                next += 1
                group.addTask {
                    do {
                        return (index, .success(try job.run(settings)))
                    } catch let error as AlignInputError {
                        return (index, .failure(error))
                    } catch {
                        return (index, .failure(AlignInputError("\(error)")))
                    }
                }
            }
            while next < min(max(1, concurrency), jobs.count) { addJob() }
            for await (index, result) in group {
                results[index] = result
                progress.advance(jobs[index].name)
                if next < jobs.count { addJob() }
            }
        }
        progress.finish()
        return results.map { $0! }
    }
}
