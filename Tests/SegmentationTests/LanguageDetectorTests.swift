import Foundation
import Testing
import TestSupport
@testable import Segmentation

struct LanguageDetectorTests {
    @Test func tagsInPaths() {
        #expect(LanguageDetector.language(inPath: "releases/2014.fr.txt") == "fr")
        #expect(LanguageDetector.language(inPath: "release_es.html") == "es")
        #expect(LanguageDetector.language(inPath: "out/de/release.docx") == "de")
        #expect(LanguageDetector.language(inPath: "fr.txt") == "fr")
        #expect(LanguageDetector.language(inPath: "frequent/release.txt") == nil)
        #expect(LanguageDetector.detect(path: "a/en/x.txt", text: "Le texte est en français.") == "en")
    }

    @Test func everyShippedLanguageFromText() {
        let samples = [
            "en": "The police said that the operation was a success and that it will continue.",
            "fr": "La police a déclaré que l'opération était un succès et qu'elle allait continuer dans les pays.",
            "es": "La policía dijo que la operación fue un éxito y que se va a continuar en los países.",
            "de": "Die Polizei sagte, dass die Operation ein Erfolg war und dass sie auch fortgesetzt wird.",
            "it": "La polizia ha detto che l'operazione è stata un successo e che sarà anche ripetuta nella regione.",
            "pt": "A polícia disse que a operação foi um sucesso e que não vai parar para os países da região.",
            "ar": "قالت الشرطة إن العملية كانت ناجحة وإنها ستستمر في المنطقة.",
        ]
        for (language, text) in samples {
            #expect(LanguageDetector.detect(text) == language, "\(language)")
        }
        #expect(Set(LanguageDetector.languages) == Set(samples.keys))
        #expect(LanguageDetector.detect("12345 !!!") == nil)
    }

    @Test(.requiresSharedData) func goldReleases() throws {
        for folder in SharedData.files(in: "corpus/releases") {
            for language in ["en", "fr"] {
                guard let text = try? String(contentsOf: folder.appendingPathComponent("\(language).txt"), encoding: .utf8) else { continue }
                #expect(LanguageDetector.detect(text) == language, "\(folder.lastPathComponent)/\(language)")
            }
        }
    }
}
