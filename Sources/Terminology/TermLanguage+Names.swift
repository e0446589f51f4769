extension TermLanguage {
    /// Whether a folded word is a personal title or form of address written before a name
    /// (`ministre`, `Minister`, `M.`, `Général`), in French, English, Spanish or German.
    static func isPersonalTitle(_ key: String) -> Bool { personalTitles.contains(key) }

    private static let personalTitles: Set<String> = [
        // French
        "m", "m.", "mme", "mlle", "mm.", "me", "dr", "pr", "ministre", "president", "presidente", "secretaire", "general",
        "generale", "directeur", "directrice", "commissaire", "major", "colonel", "capitaine", "commandant", "lieutenant",
        "ambassadeur", "ambassadrice", "juge", "procureur", "inspecteur", "inspectrice", "senateur", "depute", "deputee",
        "professeur", "docteur", "maire", "prince", "princesse", "roi", "reine", "sheikh", "cheikh",
        // English
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr.", "prof", "prof.", "minister", "secretary", "director", "commissioner",
        "captain", "commander", "ambassador", "judge", "prosecutor", "inspector", "senator", "professor", "doctor",
        "mayor", "king", "queen", "chief", "superintendent", "sergeant", "officer",
        // Spanish and German
        "sr", "sr.", "sra", "sra.", "senor", "senora", "ministro", "ministra", "herr", "frau", "ministerin", "prasident", "prasidentin", "direktor", "direktorin",
    ]

    /// Prepositions before a place name (`à Lugano`, `in Lyon`): a name after one is no personal name.
    static let placePrepositions: Set<String> = ["a", "au", "aux", "en", "in", "at", "from", "nach", "aus"]
}
