/// Short lists of the most frequent grammatical words of the languages Bitext's users publish in.
/// They carry no evidence of translation, so the aligner leaves them out of lexical matching; they
/// also tell the languages of two texts apart when none is given.
enum FunctionWords {
    static let lists: [String: Set<String>] = [
        "en": words("""
            the a an and or but of to in on at by for with from as is are was were be been being it its
            this that these those he she they we you i his her their our your my me him them us not no
            have has had do does did will would shall should can could may might must there which who
            whom what when where than then so if into out up about over also more most all any some
            such only other very just said one
            """),
        "fr": words("""
            le la les l un une des du de d et ou mais à au aux en dans par pour sur avec sans sous ce
            cet cette ces il elle ils elles on nous vous je tu me te se lui leur leurs son sa ses mon ma
            mes ton ta tes notre nos votre vos qui que qu quoi dont où est sont était étaient être été
            a ont avait avaient avoir ne pas plus y n s c j m t si comme aussi tout tous toute toutes
            très même fait
            """),
        "de": words("""
            der die das den dem des ein eine einer eines einem einen und oder aber zu zum zur in im an
            am auf aus bei mit nach von vom vor für über unter durch um als wie so ist sind war waren
            sein seine ihr ihre es er sie wir ich du man sich nicht kein keine auch noch schon nur
            dass daß wird werden wurde wurden hat haben hatte hatten kann können ein dieser diese
            dieses was wer wo wenn dann da doch
            """),
        "es": words("""
            el la los las un una unos unas y o pero de del a al en por para con sin sobre entre como
            que qué quien cual es son era fue ser ha han había se su sus lo le les nos me te mi tu
            este esta estos estas ese esa no más muy también ya todo todos
            """),
        "it": words("""
            il lo la i gli le un uno una e o ma di del della dei degli delle a al alla ai agli in nel
            nella per con su da dal dalla come che chi è sono era erano essere ha hanno aveva si suo
            sua suoi sue non più molto anche questo questa
            """),
        "pt": words("""
            o a os as um uma e ou mas de do da dos das em no na nos nas por para com sem sobre como
            que é são era foi ser tem têm se seu sua seus suas não mais muito também este esta
            """),
        "nl": words("""
            de het een en of maar van in op aan met voor door bij naar uit over als dat die dit deze
            is zijn was waren wordt worden heeft hebben had er hij zij ze wij ik je niet geen ook nog
            """),
    ]

    private static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isWhitespace).map { Lexicon.fold($0) })
    }

    /// The language (ISO 639-1 code) whose function words are most frequent among `foldedTokens`,
    /// or nil when none reaches a tenth of the tokens.
    static func guessLanguage<S: Sequence>(foldedTokens: S) -> String? where S.Element == String {
        var hits: [String: Int] = [:]
        var total = 0
        for token in foldedTokens {
            total += 1
            for (language, list) in lists where list.contains(token) { hits[language, default: 0] += 1 }
        }
        guard let best = hits.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              Double(best.value) >= 0.1 * Double(total) else { return nil }
        return best.key
    }
}
