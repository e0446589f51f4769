import Foundation
import Memory

/// The benchmark's memory file until it is written as TMX: one unit per line,
/// `id<TAB>document<TAB>date<TAB>lang=text<TAB>lang=text`.
enum MemoryFile {
    static func write(to url: URL, _ body: (_ emit: (MemoryUnit) throws -> Void) throws -> Void) throws {
        let temporary = url.appendingPathExtension("tmp-\(getpid())")
        _ = FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let handle = try FileHandle(forWritingTo: temporary)
        var buffer = Data()
        try body { unit in
            let fields = [unit.id ?? "", unit.document ?? "", unit.date ?? ""] + unit.variants.map { "\($0.language)=\($0.text)" }
            buffer.append(Data((fields.joined(separator: "\t") + "\n").utf8))
            if buffer.count > 1 << 22 { try handle.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try handle.write(contentsOf: buffer)
        try handle.close()
        _ = try? FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: temporary, to: url)
    }

    struct Source: MemoryUnitSource {
        var lines: [Substring]
        var position = 0
        mutating func next() throws -> MemoryUnit? {
            guard position < lines.count else { return nil }
            let fields = lines[position].split(separator: "\t", omittingEmptySubsequences: false)
            position += 1
            let variants = fields.dropFirst(3).map { field -> MemoryUnit.Variant in
                let equals = field.firstIndex(of: "=")!
                return MemoryUnit.Variant(language: String(field[..<equals]), text: String(field[field.index(after: equals)...]))
            }
            return MemoryUnit(id: String(fields[0]), variants: variants, document: String(fields[1]), date: String(fields[2]))
        }
    }

    static let reader: MemoryUnitReader = { url in
        let text = try String(contentsOf: url, encoding: .utf8)
        return Source(lines: text.split(separator: "\n"))
    }
}
