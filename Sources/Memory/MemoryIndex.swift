import Foundation
import GRDB
import TMX
import XMLKit

/// The index of one memory file: an SQLite database (units, texts, FTS5 for concordance) and a
/// memory-mapped fuzzy candidate index, both immutable once written.
///
/// A build writes both to temporary files in the index folder and renames them into place, the database
/// last: a killed build leaves the previous index intact, and readers never see a half-written one.
public final class MemoryIndex: Sendable {
    /// The memory file indexed.
    public let memory: URL
    /// The languages of the memory, normalised (`en-us`), in the order the index numbers them.
    public let languages: [String]
    /// The number of units indexed.
    public let unitCount: Int
    /// The bytes the index takes on disk (database and fuzzy file).
    public let sizeOnDisk: Int64

    let database: DatabaseQueue
    let fuzzy: FuzzyIndexFile
    let location: IndexLocation

    /// The folder holding the index: `.bitext-index/` beside the memory, or the cache folder when the
    /// memory's folder cannot be written.
    public var folder: URL { location.directory }

    static let schemaVersion = "3"

    private init(memory: URL, location: IndexLocation, stamp: FileStamp?, hash: String?) throws {
        self.memory = memory
        self.location = location
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "bitext-index"
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: location.database.path, configuration: configuration)
        } catch {
            throw MemoryIndexError.corruptIndex(path: location.database.path, reason: "\(error)")
        }
        let meta: [String: String]
        do {
            meta = try database.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { row in
                    (row["key"] as String, row["value"] as String)
                })
            }
        } catch {
            throw MemoryIndexError.corruptIndex(path: location.database.path, reason: "\(error)")
        }
        func corrupt(_ reason: String) -> MemoryIndexError { .corruptIndex(path: location.database.path, reason: reason) }
        guard meta["schema"] == Self.schemaVersion else { throw corrupt("schema \(meta["schema"] ?? "none"), expected \(Self.schemaVersion)") }
        guard meta["complete"] == "1" else { throw corrupt("the build did not finish") }
        guard let build = meta["build"].flatMap({ UInt64($0, radix: 16) }) else { throw corrupt("no build id") }
        if let stamp {
            guard meta["size"] == String(stamp.size) else { throw StaleIndex() }
            if meta["modified"] != String(stamp.modified) {
                guard let hash, meta["hash"] == hash else { throw StaleIndex() }
                Self.record(modified: stamp.modified, in: location.database)
            }
        }
        let fuzzy = try FuzzyIndexFile(contentsOf: location.fuzzy(build))
        guard fuzzy.buildID == build else { throw corrupt("fuzzy index from another build") }
        self.database = database
        self.fuzzy = fuzzy
        languages = (meta["languages"] ?? "").split(separator: "\n").map(String.init)
        unitCount = Int(meta["units"] ?? "") ?? 0
        let manager = FileManager.default
        let sizes = [location.database.path, location.fuzzy(build).path].map {
            ((try? manager.attributesOfItem(atPath: $0))?[.size] as? NSNumber)?.int64Value ?? 0
        }
        sizeOnDisk = sizes.reduce(0, +)
    }

    /// Records a new modification time of an unchanged memory (same content hash), so that the next
    /// lookups need not hash it again. Best effort: a read-only index is simply hashed again next time.
    private static func record(modified: Double, in database: URL) {
        guard let queue = try? DatabaseQueue(path: database.path) else { return }
        try? queue.write { db in
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'modified'", arguments: [String(modified)])
        }
        try? queue.close()
    }

    /// What ``open(memory:reader:rebuild:progress:)`` did.
    public enum Outcome: Sendable, Hashable {
        /// The index was up to date.
        case current
        /// The index was built for the first time.
        case created
        /// The memory changed: the index was rebuilt.
        case updated
        /// The index was damaged: it was rebuilt.
        case repaired(reason: String)
        /// `rebuild` was asked.
        case rebuilt
    }

    /// Opens the index of `memory`, building it when missing, stale (size, time and content hash),
    /// corrupt, or when `rebuild` is true. Uses the cache folder (or the temporary folder) when the memory's folder is read-only.
    public static func open(memory: URL, reader: @escaping MemoryUnitReader, rebuild: Bool = false,
                            progress: (@Sendable (Int) -> Void)? = nil) throws -> (index: MemoryIndex, outcome: Outcome) {
        let stamp = try FileStamp(of: memory)
        let locations = IndexLocation.candidates(memory)
        var outcome = Outcome.created
        if !rebuild {
            if let index = try existing(memory, at: locations, stamp: stamp, outcome: &outcome, locked: false) { return (index, .current) }
        } else {
            outcome = .rebuilt
        }
        var created: [URL] = []
        guard let location = locations.first(where: { location in
            created = []
            return location.isWritable(created: &created)
        }) else {
            throw MemoryIndexError.unwritableIndex(path: locations[0].directory.path,
                                                   reason: "neither it nor \(locations.dropFirst().map(\.directory.path).joined(separator: " nor ")) can be written")
        }
        var lock = IndexLock(location, exclusive: true)
        // A failed build of another memory may have removed the folder this one just found or made
        // (it removes the folders it created while they are empty): make it again and lock there.
        for _ in 0..<3 where lock == nil && !FileManager.default.fileExists(atPath: location.directory.path) {
            guard location.isWritable(created: &created) else { break }
            lock = IndexLock(location, exclusive: true)
        }
        defer { withExtendedLifetime(lock) {} }
        do {
            // Another build of the same memory may have finished while this one waited for the lock.
            if !rebuild, lock != nil,
               let index = try existing(memory, at: [location], stamp: stamp, outcome: &outcome, locked: true) {
                return (index, .current)
            }
            try build(memory: memory, stamp: stamp, reader: reader, at: location, progress: progress)
            return (try MemoryIndex(memory: memory, location: location, stamp: nil, hash: nil), outcome)
        } catch {
            // A memory that cannot be indexed leaves no lock file behind (the lock is held until the return).
            // Nor the index folder (and the folders above it) when this build created them and they hold
            // nothing else: a folder Bitext did not create is never removed.
            if !FileManager.default.fileExists(atPath: location.database.path) {
                lock?.removeFile()
                AtomicFile.removeFolders(created)
            }
            throw error
        }
    }

    /// The first index of `memory` at `locations` that is up to date, opened under a shared lock
    /// (unless the caller holds the location's exclusive one); `outcome` says why none was.
    private static func existing(_ memory: URL, at locations: [IndexLocation], stamp: FileStamp, outcome: inout Outcome,
                                 locked: Bool) throws -> MemoryIndex? {
        var hash: String?
        for location in locations where FileManager.default.fileExists(atPath: location.database.path) {
            let lock = locked ? nil : IndexLock(location, exclusive: false)
            defer { withExtendedLifetime(lock) {} }
            do {
                do {
                    return try MemoryIndex(memory: memory, location: location, stamp: stamp, hash: nil)
                } catch is StaleIndex {
                    if hash == nil { hash = try ContentHash.of(memory) }
                    return try MemoryIndex(memory: memory, location: location, stamp: stamp, hash: hash)
                }
            } catch is StaleIndex {
                outcome = .updated
            } catch let error as MemoryIndexError {
                if case .corruptIndex(_, let reason) = error { outcome = .repaired(reason: reason) } else { throw error }
            }
        }
        return nil
    }

    /// Reads every unit of `memory` and writes its index at `location`.
    ///
    /// Two threads share the work (see ``IndexBuildPipe``): one parses the memory, tokenises it for the
    /// fuzzy index and writes the fuzzy file; this one inserts the units into a fresh database (one
    /// transaction, no journal: the file is renamed into place only when complete).
    static func build(memory: URL, stamp: FileStamp, reader: @escaping MemoryUnitReader, at location: IndexLocation,
                      progress: (@Sendable (Int) -> Void)?) throws {
        location.removeLeftovers(keeping: nil)
        progress?(0)
        let hash = try ContentHash.of(memory)
        let buildID = UInt64.random(in: 1...UInt64.max)
        let suffix = ".tmp-\(getpid())-\(String(buildID, radix: 16))"
        let databaseTemporary = URL(fileURLWithPath: location.database.path + suffix)
        let fuzzyTemporary = URL(fileURLWithPath: location.fuzzy(buildID).path + suffix)
        defer {
            try? FileManager.default.removeItem(at: databaseTemporary)
            try? FileManager.default.removeItem(at: fuzzyTemporary)
        }
        let pipe = IndexBuildPipe()
        let readerThread = ThreadCompletion {
            try readUnits(of: memory, reader: reader, into: pipe, fuzzyFile: fuzzyTemporary, buildID: buildID, progress: progress)
        }
        do {
            try writeDatabase(at: databaseTemporary, from: pipe) { summary in [
                ("schema", schemaVersion), ("memory", memory.lastPathComponent), ("size", String(stamp.size)),
                ("modified", String(stamp.modified)), ("hash", hash), ("build", String(buildID, radix: 16)),
                ("languages", summary.languages.joined(separator: "\n")), ("units", String(summary.unitCount)),
                ("variants", String(summary.variantCount)), ("complete", "1"),
            ] }
        } catch {
            pipe.cancel()
            try? readerThread.wait()
            switch error {
            case let error as MemoryIndexError: throw error
            case let error as DatabaseError: throw MemoryIndexError.unwritableIndex(path: location.database.path, reason: "\(error)")
            default: throw MemoryIndexError.unreadableMemory(path: memory.path, reason: "\(error)")
            }
        }
        do {
            try readerThread.wait()
        } catch let error as MemoryIndexError {
            throw error
        } catch {
            throw MemoryIndexError.unwritableIndex(path: fuzzyTemporary.path, reason: "\(error)")
        }
        let manager = FileManager.default
        _ = try? manager.removeItem(at: location.fuzzy(buildID))
        try manager.moveItem(at: fuzzyTemporary, to: location.fuzzy(buildID))
        if rename(databaseTemporary.path, location.database.path) != 0 {
            throw MemoryIndexError.unwritableIndex(path: location.database.path, reason: String(cString: strerror(errno)))
        }
        location.removeLeftovers(keeping: buildID)
    }

    /// The reader thread of a build: parses the memory, numbers languages and variants, collects the
    /// fuzzy keys, passes the units on in batches, then writes the fuzzy file.
    private static func readUnits(of memory: URL, reader: MemoryUnitReader, into pipe: IndexBuildPipe,
                                  fuzzyFile: URL, buildID: UInt64, progress: (@Sendable (Int) -> Void)?) throws {
        var summary = IndexBuildPipe.Summary()
        var fuzzy = FuzzyIndexBuilder()
        do {
            var units = try reader(memory)
            var languageNumbers: [String: UInt32] = [:]
            var spellings: [String: UInt32] = [:] // language numbers by spelling as written
            var batch: [IndexBuildPipe.Unit] = []
            batch.reserveCapacity(512)
            while let unit = try units.next() {
                var variants: [IndexBuildPipe.Variant] = []
                variants.reserveCapacity(unit.variants.count)
                for variant in unit.variants where !variant.text.isEmpty {
                    let language: UInt32
                    if let known = spellings[variant.language] {
                        language = known
                    } else {
                        let tag = LanguageTag(variant.language).normalized
                        if let known = languageNumbers[tag] {
                            language = known
                        } else {
                            language = UInt32(summary.languages.count)
                            languageNumbers[tag] = language
                            summary.languages.append(tag)
                        }
                        spellings[variant.language] = language
                    }
                    variants.append(.init(id: fuzzy.count + 1, language: language, text: variant.text))
                    fuzzy.add(language: language, keys: Tokenizer.keys(of: variant.text))
                }
                guard !variants.isEmpty else { continue }
                summary.unitCount += 1
                batch.append(.init(number: summary.unitCount, id: unit.id, document: unit.document, date: unit.date, variants: variants))
                if batch.count == 512 {
                    guard pipe.put(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
                if summary.unitCount % 100_000 == 0 { progress?(summary.unitCount) }
            }
            if !batch.isEmpty { guard pipe.put(batch) else { return } }
        } catch {
            pipe.finishReading(summary, failure: error)
            return
        }
        summary.variantCount = fuzzy.count
        pipe.finishReading(summary, failure: nil)
        guard !pipe.isCancelled else { return }
        try fuzzy.write(to: fuzzyFile, buildID: buildID)
    }

    /// The database half of a build: the units of `pipe` into a new database at `url`.
    private static func writeDatabase(at url: URL, from pipe: IndexBuildPipe,
                                      meta: (IndexBuildPipe.Summary) -> [(String, String)]) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        }
        let database = try DatabaseQueue(path: url.path, configuration: configuration)
        try database.inTransaction { db in
            // The FTS5 table is contentless: the texts are in `variant`, and each FTS row id is
            // `variant id << 16 | language`, so a hit's language is known without a join (and row ids
            // grow with each insert: FTS5 flushes its buffer whenever a row id goes down).
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE unit(id INTEGER PRIMARY KEY, tuid TEXT, document TEXT, date TEXT);
                CREATE TABLE variant(id INTEGER PRIMARY KEY, unit INTEGER NOT NULL, lang INTEGER NOT NULL, text TEXT NOT NULL);
                CREATE VIRTUAL TABLE variant_fts USING fts5(text, content='', columnsize=0,
                    tokenize='unicode61 remove_diacritics 2');
                """)
            // A larger buffer of pending FTS5 updates: fewer, larger segments to merge (about a quarter
            // faster on a million units). Older SQLite versions ignore the option.
            try? db.execute(sql: "INSERT INTO variant_fts(variant_fts, rank) VALUES ('hashsize', 67108864)")
            let insertUnit = try db.makeStatement(sql: "INSERT INTO unit(id, tuid, document, date) VALUES (?, ?, ?, ?)")
            let insertVariant = try db.makeStatement(sql: "INSERT INTO variant(id, unit, lang, text) VALUES (?, ?, ?, ?)")
            let insertText = try db.makeStatement(sql: "INSERT INTO variant_fts(rowid, text) VALUES (?, ?)")
            while let batch = try pipe.take() {
                for unit in batch {
                    try insertUnit.execute(arguments: [unit.number, unit.id, unit.document, unit.date])
                    for variant in unit.variants {
                        try insertVariant.execute(arguments: [variant.id, unit.number, Int(variant.language), variant.text])
                        try insertText.execute(arguments: [ftsRowID(variant: Int64(variant.id), language: variant.language), variant.text])
                    }
                }
            }
            try db.execute(sql: "CREATE INDEX variant_unit ON variant(unit)")
            for (key, value) in meta(pipe.result) {
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
            }
            return .commit
        }
        try database.close()
    }

    /// The FTS5 row id of a variant: its language in the low 16 bits.
    static func ftsRowID(variant: Int64, language: UInt32) -> Int64 {
        variant << 16 | Int64(min(language, 0xFFFF))
    }

    /// The SQL condition selecting the FTS5 rows of the given languages.
    static func ftsLanguageCondition(_ languages: [UInt32]) -> String {
        "(rowid & 65535) IN (\(languages.map { String(min($0, 0xFFFF)) }.joined(separator: ",")))"
    }
}

/// The memory changed since its index was built (internal to ``MemoryIndex/open(memory:reader:rebuild:progress:)``).
private struct StaleIndex: Error {}
