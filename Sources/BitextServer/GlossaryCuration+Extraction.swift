import Foundation
import Terminology

/// Term extraction in the background: `GET /api/terms` answers at once, with `running` and the
/// progress until the candidates are ready, then with the candidates (kept until a memory changes).
/// One extraction runs at a time; a request for another language pair (or after a memory changed)
/// starts once the running one is done, at its next poll.
extension GlossaryCuration {
    /// The candidates of the served memories and what reading them found.
    struct Extracted: Sendable {
        var memories: [String]
        var units: Int
        var candidates: [TermCandidate]
        var problems: [String]
    }

    /// Where a running extraction is.
    struct Progress: Codable, Sendable, Equatable {
        var from: String
        var to: String
        /// `reading` (the memories) or `extracting` (the candidates).
        var phase: String
        /// How many of the memories were read.
        var memoriesRead: Int
        var memories: Int
        /// The aligned units read so far.
        var units: Int
        /// Seconds since the extraction started.
        var seconds: Int
    }

    /// The progress of the running extraction, with its elapsed time.
    var currentProgress: Progress? {
        guard var progress = job?.progress, let started = job?.started else { return nil }
        progress.seconds = Int(Date().timeIntervalSince(started))
        return progress
    }

    /// The candidates for the served memories, or nil while they are being extracted (started
    /// here when no extraction runs).
    /// - Throws: ``ServerError`` when there is no memory, or when the extraction for this key failed.
    func extraction(from: String, to: String, minimumFrequency: Int) throws(ServerError) -> Extracted? {
        let stamps = files.stamps(kind: "memory")
        let key = [from, to, String(minimumFrequency)] + stamps.map { "\($0.path)\t\($0.size)\t\($0.modified)" }
        if let cache, cache.key == key { return cache.extracted }
        if let failure, failure.key == key {
            self.failure = nil
            throw failure.error
        }
        guard !stamps.isEmpty else {
            throw ServerError(.notFound, "there is no memory (.tmx) in the served folders to extract terms from")
        }
        if job == nil {
            let memories = stamps.map { (path: $0.path, url: $0.url) }
            job = (key, Progress(from: from, to: to, phase: "reading", memoriesRead: 0, memories: memories.count, units: 0, seconds: 0), Date())
            Task.detached { [self] in
                let result = await Self.extract(memories, from: from, to: to, minimumFrequency: minimumFrequency) { progress in
                    await self.update(key: key, progress)
                }
                await self.finish(key: key, result)
            }
        }
        return nil
    }

    private func update(key: [String], _ progress: Progress) {
        guard job?.key == key else { return }
        job?.progress = progress
    }

    private func finish(key: [String], _ result: Result<Extracted, ServerError>) {
        job = nil
        switch result {
        case .success(let extracted): cache = (key, extracted)
        case .failure(let error): failure = (key, error)
        }
    }

    /// Reads the memories and extracts the candidates, off the actor.
    private static func extract(_ memories: [(path: String, url: URL)], from: String, to: String, minimumFrequency: Int,
                                report: @Sendable (Progress) async -> Void) async -> Result<Extracted, ServerError> {
        var units: [AlignedUnit] = []
        var problems: [String] = []
        for (index, memory) in memories.enumerated() {
            do {
                units += try AlignedUnit.read(memory: memory.url, from: from, to: to).units
            } catch {
                problems.append("\(memory.path): \(error.message) — skipped")
            }
            await report(Progress(from: from, to: to, phase: index + 1 < memories.count ? "reading" : "extracting",
                                  memoriesRead: index + 1, memories: memories.count, units: units.count, seconds: 0))
        }
        guard !units.isEmpty else {
            return .failure(ServerError(.invalidRequest, "the served memories have no unit with both \(from) and \(to)"))
        }
        let candidates = TermExtractor(from: from, to: to, minimumFrequency: max(1, minimumFrequency)).extract(from: units)
        return .success(Extracted(memories: memories.map(\.path), units: units.count, candidates: candidates, problems: problems))
    }
}
