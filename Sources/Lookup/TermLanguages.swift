import Synchronization
import Terminology

/// The ``TermLanguage`` of each language code, made once per process.
final class TermLanguages: Sendable {
    static let shared = TermLanguages()

    private let languages = Mutex<[String: TermLanguage]>([:])

    subscript(code: String) -> TermLanguage {
        languages.withLock { languages in
            if let language = languages[code] { return language }
            let language = TermLanguage(code)
            languages[code] = language
            return language
        }
    }
}
