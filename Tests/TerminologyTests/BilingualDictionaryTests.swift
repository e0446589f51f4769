import Foundation
@testable import Terminology
import Testing

@Suite struct BilingualDictionaryTests {
    static let installed = FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-fra-eng.index")

    @Test(.enabled(if: installed, "dict-freedict-fra-eng is not installed")) func readsFreeDict() throws {
        let dictionary = try #require(BilingualDictionary(from: "fr", to: "en"))
        #expect(dictionary.translations["rouge"]?.contains("red") == true)
        #expect(dictionary.translations["arme"]?.contains("weapon") == true)
    }

    @Test func missingDictionaryIsNil() {
        #expect(BilingualDictionary(from: "fr", to: "en", folder: URL(fileURLWithPath: "/nonexistent")) == nil)
        #expect(BilingualDictionary(from: "xx", to: "en") == nil)
    }

    @Test func gunzipRejectsWhatIsNotGzip() {
        #expect(BilingualDictionary.gunzip(Data("plain text, not gzip at all".utf8)) == nil)
    }
}
