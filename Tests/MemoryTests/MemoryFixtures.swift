import Foundation
import Memory
import TestSupport

/// Memories written for these tests: a fictitious police-cooperation release in English, French and
/// Spanish, read through a loader that maps each file to its units.
enum MemoryFixtures {
    static let releaseUnits: [MemoryUnit] = [
        unit("u1", en: "The Minister for Women's Rights met the Secretary General of INTERPOL in Lyon.",
             fr: "La Ministre des Droits des femmes a rencontré le Secrétaire général d'INTERPOL à Lyon.",
             es: "La Ministra de Derechos de la Mujer se reunió con el Secretario General de INTERPOL en Lyon."),
        unit("u2", en: "The Minister for Women's Rights opened the conference on trafficking.",
             fr: "La Ministre des Droits des femmes a ouvert la conférence sur la traite."),
        unit("u3", en: "The Minister for Women's Rights thanked the police officers.",
             fr: "La Ministre des Droits des femmes a remercié les policiers."),
        unit("u4", en: "A statement by the Minister for Women's Rights was read.",
             fr: "Une déclaration de la Ministre aux Droits des femmes a été lue."),
        unit("u5", en: "INTERPOL published 12 new notices on Monday.",
             fr: "INTERPOL a publié 12 nouvelles notices lundi."),
        unit("u6", en: "The conference on trafficking ended on Friday.",
             fr: "La conférence sur la traite s'est achevée vendredi."),
        unit("u7", en: "Police officers from 40 countries attended the conference.",
             fr: "Des policiers de 40 pays ont assisté à la conférence."),
    ]

    static func unit(_ id: String, en: String, fr: String, es: String? = nil) -> MemoryUnit {
        var variants = [MemoryUnit.Variant(language: "en-GB", text: en), MemoryUnit.Variant(language: "fr-FR", text: fr)]
        if let es { variants.append(MemoryUnit.Variant(language: "es_ES", text: es)) }
        return MemoryUnit(id: id, variants: variants, document: "release-2024-03-08.docx", date: "20240308T120000Z")
    }

    /// A loader reading the fixture format: one unit per line, `id<TAB>lang=text<TAB>lang=text…`.
    static let reader: MemoryUnitReader = { url in
        let text = try String(contentsOf: url, encoding: .utf8)
        var units: [MemoryUnit] = []
        for (number, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2 else {
                throw MemoryIndexError.unreadableMemory(path: url.path, reason: "line \(number + 1): no variants")
            }
            let variants = fields.dropFirst().map { field -> MemoryUnit.Variant in
                let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                return MemoryUnit.Variant(language: parts[0], text: parts.count > 1 ? parts[1] : "")
            }
            units.append(MemoryUnit(id: fields[0], variants: variants, document: "release-2024-03-08.docx", date: "20240308T120000Z"))
        }
        return MemoryUnitArray(units)
    }

    /// Writes units in the fixture format.
    static func write(_ units: [MemoryUnit], to url: URL) throws {
        let lines = units.map { unit in
            ([unit.id ?? ""] + unit.variants.map { "\($0.language)=\($0.text)" }).joined(separator: "\t")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// A temporary `tmx/` folder with the release memory as `release.txt`.
    static func folder() throws -> (folder: URL, memory: URL) {
        let folder = try SharedData.temporaryDirectory().appendingPathComponent("tmx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let memory = folder.appendingPathComponent("release.txt")
        try write(releaseUnits, to: memory)
        return (folder, memory)
    }
}
