import Foundation
import Lookup
@_spi(Benchmark) import Memory

/// `bitext-bench-lookup`: generates a memory, builds its index, and times fuzzy and concordance
/// lookups (with near hits and exact only, on phrases of the memory and on near phrases), checking the fuzzy top 5 against a brute-force scan with the same scorer. Writes the
/// segments and queries for the rapidfuzz baseline (`scripts/bench-lookup` runs both).
@main
enum BenchLookup {
    static func main() throws {
        var options = [String: String]()
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            guard argument.hasPrefix("--"), let value = arguments.next() else {
                FileHandle.standardError.write(Data("usage: bitext-bench-lookup --dir DIR [--units N] [--queries N] [--agreement N] [--reuse yes]\n".utf8))
                exit(2)
            }
            options[String(argument.dropFirst(2))] = value
        }
        guard let directory = options["dir"].map(URL.init(fileURLWithPath:)) else {
            FileHandle.standardError.write(Data("bitext-bench-lookup: --dir DIR is required\n".utf8))
            exit(2)
        }
        let unitCount = Int(options["units"] ?? "") ?? 1_000_000
        let queryCount = Int(options["queries"] ?? "") ?? 300
        let agreementCount = Int(options["agreement"] ?? "") ?? 100
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        // 1. The memory and the baseline's segments (`--reuse yes`: those of an earlier run in the folder).
        var generator = SyntheticMemory(seed: 20_261_129)
        let memory = directory.appendingPathComponent("synthetic.tmx")
        let reuse = options["reuse"] == "yes" && FileManager.default.fileExists(atPath: memory.path)
        var sources: [String] = []
        sources.reserveCapacity(unitCount)
        let generation = Date()
        if reuse {
            let data = try Data(contentsOf: directory.appendingPathComponent("segments.txt"))
            sources = data.split(separator: 10, maxSplits: unitCount).prefix(unitCount).map { String(decoding: $0, as: UTF8.self) }
        } else {
            try MemoryFile.write(to: memory) { emit in
                for number in 0..<unitCount {
                    let unit = generator.unit(number)
                    sources.append(unit.variants[0].text)
                    try emit(unit)
                }
            }
        }
        let memoryBytes = (try FileManager.default.attributesOfItem(atPath: memory.path)[.size] as? NSNumber)?.int64Value ?? 0
        say("memory: \(unitCount) units (en-GB, fr-FR), \(memoryBytes / 1_000_000) MB, \(reuse ? "reused" : "generated") in \(seconds(since: generation)) s")

        // 2. Queries, from a generator of their own: the same whether the memory was generated or reused.
        generator = SyntheticMemory(seed: 20_261_130)
        var fuzzyQueries: [String] = []
        for number in 0..<queryCount {
            if number % 5 == 4 {
                fuzzyQueries.append(generator.sentence())
            } else {
                fuzzyQueries.append(generator.perturb(sources[generator.next(below: sources.count)], edits: number % 4))
            }
        }
        var phrases: [String] = []
        for _ in 0..<queryCount {
            let words = sources[generator.next(below: sources.count)].split(separator: " ")
            let length = min(words.count, 1 + generator.next(below: 3))
            let start = generator.next(below: words.count - length + 1)
            phrases.append(words[start..<(start + length)].joined(separator: " "))
        }
        // Near phrases: two words of a segment with one word between them, found only as near hits.
        var nearPhrases: [String] = []
        while nearPhrases.count < queryCount {
            let words = sources[generator.next(below: sources.count)].split(separator: " ")
            guard words.count >= 3 else { continue }
            let start = generator.next(below: words.count - 2)
            nearPhrases.append("\(words[start]) \(words[start + 2])")
        }
        try (sources.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("segments.txt"), atomically: true, encoding: .utf8)
        try (fuzzyQueries.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("queries.txt"), atomically: true, encoding: .utf8)
        sources = []

        // 3. Index build.
        let build = Date()
        let buildCPU = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
        let library = MemoryLibrary(memories: [memory], reader: MemoryFile.reader, rebuild: !reuse)
        let buildSeconds = seconds(since: build)
        let buildCPUSeconds = ((cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - buildCPU) * 10).rounded() / 10
        if let problem = library.problems.first { throw problem.error }
        let index = library.indexes[0]
        say("index build: \(buildSeconds) s wall, \(buildCPUSeconds) s CPU (target ≤ 120 s); index size \(index.sizeOnDisk / 1_000_000) MB (\(String(format: "%.2f", Double(index.sizeOnDisk) / Double(max(memoryBytes, 1))))× the memory)")

        // 4. Fuzzy and concordance latency.
        for query in fuzzyQueries.prefix(10) { _ = try library.fuzzy(query, from: "en", to: "fr", limit: 5) }
        var fuzzyTimes: [Double] = [], fuzzyCPU: [Double] = []
        var answered = 0
        var indexTop: [[Int]] = []
        for query in fuzzyQueries {
            let start = DispatchTime.now().uptimeNanoseconds, cpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
            let matches = try library.fuzzy(query, from: "en", to: "fr", limit: 5)
            fuzzyTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            fuzzyCPU.append((cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu) * 1000)
            if !matches.isEmpty { answered += 1 }
            indexTop.append(matches.map(\.percent))
        }
        /// Times the concordance of `phrases`: wall and CPU milliseconds, hits and near hits.
        func concordances(_ phrases: [String], near: NearMatching) throws -> (wall: [Double], cpu: [Double], hits: Int, near: Int) {
            var wall: [Double] = [], cpuTimes: [Double] = [], hits = 0, nearHits = 0
            for phrase in phrases {
                let start = DispatchTime.now().uptimeNanoseconds, cpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
                let concordance = try library.concordance(phrase, from: "en", to: "fr", near: near)
                wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                cpuTimes.append((cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu) * 1000)
                hits += concordance.totalHits
                nearHits += concordance.nearHits
            }
            return (wall, cpuTimes, hits, nearHits)
        }
        // Normal phrases as `bitext lookup` searches them (near hits included).
        let (concordanceTimes, concordanceCPU, hits, normalNear) = try concordances(phrases, near: .installed)
        say("fuzzy (min 70, top 5), \(fuzzyQueries.count) queries, \(answered) with matches: p50 \(format(percentile(fuzzyTimes, 50))) ms, p99 \(format(percentile(fuzzyTimes, 99))) ms, max \(format(fuzzyTimes.max() ?? 0)) ms wall; CPU p50 \(format(percentile(fuzzyCPU, 50))) ms, p99 \(format(percentile(fuzzyCPU, 99))) ms (targets 10 / 50 ms)")
        say("concordance (1–3 words), \(phrases.count) phrases, mean \(hits / max(phrases.count, 1)) hits: p50 \(format(percentile(concordanceTimes, 50))) ms, p99 \(format(percentile(concordanceTimes, 99))) ms wall; CPU p50 \(format(percentile(concordanceCPU, 50))) ms, p99 \(format(percentile(concordanceCPU, 99))) ms (target p50 10 ms); \(normalNear) near hits in all")
        // The same phrases without near hits (what `main` searched), then phrases found only as near hits.
        let normalExact = try concordances(phrases, near: .none)
        say("  the same phrases, exact search only: CPU p50 \(format(percentile(normalExact.cpu, 50))) ms, p99 \(format(percentile(normalExact.cpu, 99))) ms; ratio with near hits / without: p50 \(format(percentile(concordanceCPU, 50) / max(percentile(normalExact.cpu, 50), 1e-6)))×")
        let exactOnly = try concordances(nearPhrases, near: .none)
        let withNear = try concordances(nearPhrases, near: .installed)
        say("near phrases (2 words, one between them in the memory), \(nearPhrases.count) phrases: exact only p50 \(format(percentile(exactOnly.wall, 50))) ms wall, CPU p50 \(format(percentile(exactOnly.cpu, 50))) ms, p99 \(format(percentile(exactOnly.cpu, 99))) ms, mean \(exactOnly.hits / max(nearPhrases.count, 1)) hits; with near hits p50 \(format(percentile(withNear.wall, 50))) ms wall, CPU p50 \(format(percentile(withNear.cpu, 50))) ms, p99 \(format(percentile(withNear.cpu, 99))) ms, mean \(withNear.hits / max(nearPhrases.count, 1)) hits (\(withNear.near) near hits in all); CPU p50 ratio \(format(percentile(withNear.cpu, 50) / max(percentile(exactOnly.cpu, 50), 1e-6)))×")

        // 5. Agreement with a brute-force scan using the same scorer.
        var agree = 0
        var bruteTimes: [Double] = []
        let checked = min(agreementCount, fuzzyQueries.count)
        for (number, query) in fuzzyQueries.prefix(checked).enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            let reference = try library.bruteForceFuzzy(query, from: "en", to: "fr", limit: 5).map(\.percent)
            bruteTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            if reference == indexTop[number] { agree += 1 } else { say("  disagreement on query \(number): index \(indexTop[number]) brute force \(reference)") }
        }
        say("top-5 agreement with brute force (same scorer): \(agree)/\(checked) = \(format(100 * Double(agree) / Double(max(checked, 1))))% (target ≥ 99%); Swift brute force p50 \(format(percentile(bruteTimes, 50))) ms")
        let summary: [String: Double] = [
            "units": Double(unitCount), "build_seconds": buildSeconds, "build_cpu_seconds": buildCPUSeconds,
            "fuzzy_cpu_p50_ms": percentile(fuzzyCPU, 50), "concordance_cpu_p50_ms": percentile(concordanceCPU, 50), "index_bytes": Double(index.sizeOnDisk),
            "fuzzy_p50_ms": percentile(fuzzyTimes, 50), "fuzzy_p99_ms": percentile(fuzzyTimes, 99),
            "concordance_p50_ms": percentile(concordanceTimes, 50),
            "near_exact_only_cpu_p50_ms": percentile(exactOnly.cpu, 50), "near_cpu_p50_ms": percentile(withNear.cpu, 50), "agreement_percent": 100 * Double(agree) / Double(max(checked, 1)),
            "brute_force_p50_ms": percentile(bruteTimes, 50),
        ]
        let json = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
        try json.write(to: directory.appendingPathComponent("bitext-results.json"))
    }

    /// Prints a line at once (standard output is not line-buffered when redirected).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func seconds(since start: Date) -> Double {
        (Date().timeIntervalSince(start) * 10).rounded() / 10
    }

    /// CPU time of the process or thread, in seconds: what the figures would be on an idle core.
    static func cpuSeconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))]
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
