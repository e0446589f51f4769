import Alignment
import Foundation
import Testing
import TestSupport

/// ``LexiconPool``: one lexicon learned from the pairs of many documents (a batch, a memory).
struct LexiconPoolTests {
    /// Pairs of different documents share `Gipfel`/`sommet`: the pool learns the pair, one
    /// document alone (one co-occurrence) cannot.
    @Test func learnsAWordPairThatOneDocumentSeesOnce() {
        var pool = LexiconPool(sourceLanguage: "de", targetLanguage: "fr")
        pool.add(source: "Der Gipfel lag im Nebel.", target: "Le sommet était dans le brouillard.")
        #expect(pool.lexicon().translations(of: "gipfel").isEmpty)
        // The same pair again (a memory holding the batch's own pairs) does not count twice.
        pool.add(source: "Der Gipfel lag im Nebel.", target: "Le sommet était dans le brouillard.")
        #expect(pool.pairCount == 1)
        #expect(pool.lexicon().translations(of: "gipfel").isEmpty)
        pool.add(source: "Vom Gipfel sahen wir das ganze Tal.", target: "Du sommet nous vîmes toute la vallée.")
        pool.add(source: "Am Gipfel angekommen, rasteten wir.", target: "Arrivés au sommet, nous fîmes une pause.")
        #expect(pool.pairCount == 3)
        #expect(pool.lexicon().translations(of: "gipfel") == ["sommet"])
        // Function words are left out, numbers too.
        #expect(pool.lexicon().translations(of: "der").isEmpty)
    }

    @Test func readsTheUnitsOfAMemoryInItsLanguagePair() throws {
        let folder = try SharedData.temporaryDirectory()
        let memory = folder.appendingPathComponent("memory.tmx")
        func unit(_ de: String, _ fr: String, boilerplate: Bool = false) -> String {
            "<tu>\(boilerplate ? "<prop type=\"x-boilerplate\">yes</prop>" : "")<tuv xml:lang=\"de-CH\"><seg>\(de)</seg></tuv><tuv xml:lang=\"fr\"><seg>\(fr)</seg></tuv></tu>"
        }
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="de-CH" datatype="plaintext"/><body>
            \(unit("Die Hütte war voll.", "La cabane était pleine."))
            \(unit("Wir verliessen die Hütte früh.", "Nous quittâmes la cabane tôt."))
            \(unit("Hütte Hütte", "cabane cabane", boilerplate: true))
            <tu><tuv xml:lang="en"><seg>The hut</seg></tuv><tuv xml:lang="fr"><seg>La cabane</seg></tuv></tu>
            </body></tmx>
            """
        try tmx.write(to: memory, atomically: true, encoding: .utf8)
        var pool = LexiconPool(sourceLanguage: "de", targetLanguage: "fr")
        #expect(try pool.add(memory: memory) == 2)
        #expect(pool.lexicon().translations(of: "hutte") == ["cabane"])
    }

    func lines(_ path: String) throws -> [String] {
        var lines = try String(contentsOf: SharedData.url(path), encoding: .utf8).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Options for German-French without a dictionary, and the sentences of Text+Berg test0-6.
    func yearbook() throws -> (options: Alignment.AlignmentOptions, documents: [(source: [String], target: [String])]) {
        var options = AlignmentOptions()
        options.usesInstalledDictionaries = false
        options.sourceLanguage = "de"
        options.targetLanguage = "fr"
        let documents = try (0..<7).map { (source: try lines("corpus/textberg/test\($0).de"), target: try lines("corpus/textberg/test\($0).fr")) }
        return (options, documents)
    }

    /// Text+Berg test0-6 (one yearbook, seven articles) aligned as a batch, without a dictionary:
    /// the pooled lexicon holds pairs that test0 alone does not give, and with it test0's German 78
    /// pairs with French 75, as in the gold alignment, which test0 aligned alone leaves out.
    @Test(.requiresSharedData) func aBatchAlignsPairsThatOneDocumentMisses() throws {
        let (options, documents) = try yearbook()
        let aligner = SentenceAligner(options: options)
        var pool = LexiconPool(sourceLanguage: "de", targetLanguage: "fr")
        var single = LexiconPool(sourceLanguage: "de", targetLanguage: "fr")
        let alone = aligner.align(source: documents[0].source, target: documents[0].target)
        single.add(alone, source: documents[0].source, target: documents[0].target)
        for (index, document) in documents.enumerated() {
            let alignment = index == 0 ? alone : aligner.align(source: document.source, target: document.target)
            pool.add(alignment, source: document.source, target: document.target)
        }
        let pooled = pool.lexicon()
        #expect(pooled.count > 2 * single.lexicon().count)
        let alone0 = single.lexicon()
        #expect(pooled.entries.contains { word, translations in !translations.isSubset(of: alone0.translations(of: word)) })
        var batchOptions = options
        batchOptions.pooledLexicon = pooled
        let batch = SentenceAligner(options: batchOptions).align(source: documents[0].source, target: documents[0].target)
        #expect(!alone.beads.contains { $0.source == 78..<79 && $0.target == 75..<76 })
        #expect(batch.beads.contains { $0.source == 78..<79 && $0.target == 75..<76 })
        // One document with an empty pooled lexicon is aligned exactly as before.
        var empty = options
        empty.pooledLexicon = Lexicon()
        #expect(SentenceAligner(options: empty).align(source: documents[1].source, target: documents[1].target)
            == aligner.align(source: documents[1].source, target: documents[1].target))
    }

    /// The same batch: where no dictionary is installed, the pooled model's graded links (partial
    /// matches for the words its thresholded lexicon leaves out) make test1's German 162-164 one
    /// bead with French 143, as in the gold alignment; the thresholded lexicon alone leaves German
    /// 162 out.
    @Test(.requiresSharedData) func gradedLinksOfABatchJoinAMergeThatItsLexiconMisses() throws {
        let (options, documents) = try yearbook()
        let aligner = SentenceAligner(options: options)
        var pool = LexiconPool(sourceLanguage: "de", targetLanguage: "fr")
        for document in documents {
            pool.add(aligner.align(source: document.source, target: document.target), source: document.source, target: document.target)
        }
        let learned = pool.learn()
        #expect(learned.lexicon == pool.lexicon())
        #expect(learned.links.count > 2 * learned.lexicon.entries.values.reduce(0) { $0 + $1.count })
        var lexiconOnly = options
        lexiconOnly.pooledLexicon = learned.lexicon
        var withLinks = lexiconOnly
        withLinks.pooledLinks = learned.links
        let merge = Bead(source: 162..<165, target: 143..<144)
        func found(_ options: Alignment.AlignmentOptions) -> Bool {
            SentenceAligner(options: options).align(source: documents[1].source, target: documents[1].target)
                .beads.contains { $0.source == merge.source && $0.target == merge.target }
        }
        #expect(!found(lexiconOnly))
        #expect(found(withLinks))
        // Where a dictionary is installed for the pair, the links are not used (they did not help).
        if DictdDictionary.installed(source: "de", target: "fr") != nil {
            lexiconOnly.usesInstalledDictionaries = true
            withLinks.usesInstalledDictionaries = true
            #expect(SentenceAligner(options: withLinks).align(source: documents[1].source, target: documents[1].target)
                == SentenceAligner(options: lexiconOnly).align(source: documents[1].source, target: documents[1].target))
        }
    }
}
