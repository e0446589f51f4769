import Foundation
import XMLKit

/// The hidden folder beside the output where the runs of a merge live; removed at the end, with
/// the output's folders it created when they are left empty (the merge failed).
final class TMXRunFolder {
    let url: URL
    private let createdFolders: [URL]
    private var count = 0

    init(beside output: URL) throws(TMXError) {
        let folder = output.standardizedFileURL.deletingLastPathComponent()
        url = folder.appendingPathComponent("." + output.lastPathComponent + ".merge-" + UUID().uuidString.prefix(8))
        createdFolders = try AtomicFile.createFolder(folder, for: output)
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false) } catch {
            AtomicFile.removeFolders(createdFolders)
            throw TMXError(path: output.relativePath, message: "cannot create a temporary folder beside it (\(error.localizedDescription))")
        }
    }

    /// Sorts `entries`, writes them as a new run and empties them.
    func write(_ entries: inout [TMXRunFile.Entry], order: TMXRunFile.Order) throws(TMXError) -> URL {
        entries.sort(by: order.precedes)
        let run = newRun()
        var iterator = entries.makeIterator()
        try TMXRunFile.write(to: run) { iterator.next() }
        entries.removeAll(keepingCapacity: true)
        return run
    }

    /// The runs read as one sorted stream, after merging them in rounds of ``TMXRunFile/fanIn``.
    func merged(_ runs: [URL], order: TMXRunFile.Order) throws(TMXError) -> TMXRunMerge {
        var runs = runs
        while runs.count > TMXRunFile.fanIn {
            var next: [URL] = []
            var start = 0
            while start < runs.count {
                let batch = Array(runs[start..<min(start + TMXRunFile.fanIn, runs.count)])
                start += TMXRunFile.fanIn
                let merge = TMXRunMerge(try batch.map { url throws(TMXError) in try TMXRunFile(url) }, order: order)
                let run = newRun()
                try TMXRunFile.write(to: run) { () throws(TMXError) in try merge.next() }
                for url in batch { try? FileManager.default.removeItem(at: url) }
                next.append(run)
            }
            runs = next
        }
        return TMXRunMerge(try runs.map { url throws(TMXError) in try TMXRunFile(url) }, order: order)
    }

    /// Removes the folder and every run in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
        AtomicFile.removeFolders(createdFolders)
    }

    private func newRun() -> URL {
        count += 1
        return url.appendingPathComponent("run-\(count).tmx")
    }
}
