extension TMXDTD {
    /// The attributes the TMX 1.4b DTD declares, by element (qualified names, as in the DTD).
    static let declaredAttributes: [String: Set<String>] = {
        let encoding: Set<String> = ["o-encoding"]
        let creation: Set<String> = ["creationdate", "creationid", "changedate", "changeid"]
        let tool: Set<String> = ["creationtool", "creationtoolversion"]
        let usage: Set<String> = ["usagecount", "lastusagedate"]
        let language: Set<String> = ["xml:lang", "lang"]
        return [
            "tmx": ["version"],
            "header": Set(["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"])
                .union(encoding).union(creation),
            "tu": Set(["tuid", "datatype", "segtype", "o-tmf", "srclang"]).union(encoding).union(usage).union(tool)
                .union(creation),
            "tuv": Set(["datatype", "o-tmf"]).union(language).union(encoding).union(usage).union(tool).union(creation),
            "note": language.union(encoding),
            "prop": Set(["type"]).union(language).union(encoding),
            "ude": ["name", "base"],
            "map": ["unicode", "code", "ent", "subst"],
            "bpt": ["i", "x", "type"],
            "ept": ["i"],
            "it": ["pos", "x", "type"],
            "ph": ["x", "assoc", "type"],
            "hi": ["x", "type"],
            "sub": ["datatype", "type"],
            "ut": ["x"],
        ]
    }()

    /// Whether the DTD declares `attribute` on `element`.
    public static func declares(_ attribute: String, on element: String) -> Bool {
        declaredAttributes[element]?.contains(attribute) ?? false
    }
}
