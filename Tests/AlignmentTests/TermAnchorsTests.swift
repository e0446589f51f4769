import Documents
import Foundation
import Segmentation
import TestSupport
import Testing
@testable import Alignment

/// Glossary terms counted as whole terms: one shared marker for the sentences of both versions
/// that name an entry, none for a term's words alone.
struct TermAnchorsTests {
    func marked(_ terms: TermAnchors, _ english: [String], _ french: [String]) -> (source: [String], target: [String]) {
        terms.marked(source: english, target: french, sourceLanguage: "en", targetLanguage: "fr")
    }

    /// A marked sentence keeps its own start for the model: the marker's lowercase `qz` does not
    /// make it the continuation of the sentence before it (MH17 below lost a pair when it did).
    @Test func markersAreNotTheSentencesStart() {
        let marked = TermAnchors.marker(3) + " " + TermAnchors.marker(20_001) + " The Red Notice was issued."
        #expect(TermAnchors.unmarked(marked) == "The Red Notice was issued.")
        #expect(TermAnchors.unmarked("qz is not a marker.") == "qz is not a marker.")
        let side = SideFeatures(sentences: [marked, TermAnchors.marker(0) + " and then it ended."], language: "en")
        #expect(side.continues == [false, true])
    }

    @Test func marksTheSentencesThatNameTheWholeTerm() {
        var terms = TermAnchors()
        terms.add(sourceTerms: ["law enforcement"], targetTerms: ["application de la loi"], sourceLanguage: "en", targetLanguage: "fr")
        terms.add(sourceTerms: ["Red Notice"], targetTerms: ["notice rouge"], sourceLanguage: "en", targetLanguage: "fr")
        let english = ["Law enforcement agencies met.", "Enforcement alone is not enough.", "Two Red Notices were issued."]
        let french = ["Les services chargés de l'application de la loi se sont réunis.", "L'application ne suffit pas.",
                      "Deux notices rouges ont été publiées."]
        let result = marked(terms, english, french)
        let law = TermAnchors.marker(0), notice = TermAnchors.marker(1)
        #expect(result.source == ["\(law) Law enforcement agencies met.", "Enforcement alone is not enough.",
                                  "\(notice) Two Red Notices were issued."])
        #expect(result.target == ["\(law) Les services chargés de l'application de la loi se sont réunis.",
                                  "L'application ne suffit pas.", "\(notice) Deux notices rouges ont été publiées."])
        // The marker is one word for the aligner's tokenizer, and matches only itself.
        #expect(Lexicon.words(of: result.source[0]).first == law)
        #expect(law != notice && law.count == 3)
    }

    @Test func aTermInsideALongerOneIsTheLongerOnes() {
        var terms = TermAnchors()
        terms.add(sourceTerms: ["transnational organized crime"], targetTerms: ["criminalité transnationale organisée"],
                  sourceLanguage: "en", targetLanguage: "fr")
        terms.add(sourceTerms: ["Convention against Transnational Organized Crime"],
                  targetTerms: ["Convention contre la criminalité transnationale organisée"], sourceLanguage: "en", targetLanguage: "fr")
        let result = marked(terms, ["Ratify the Convention against Transnational Organized Crime."],
                            ["Ratifiez la Convention contre la criminalité transnationale organisée."])
        #expect(result.source == ["\(TermAnchors.marker(1)) Ratify the Convention against Transnational Organized Crime."])
        #expect(result.target == ["\(TermAnchors.marker(1)) Ratifiez la Convention contre la criminalité transnationale organisée."])
    }

    @Test func aTermNamedInManySentencesOrOnOneSideOnlyIsNoAnchor() {
        var terms = TermAnchors()
        terms.add(sourceTerms: ["human trafficking"], targetTerms: ["traite des êtres humains"], sourceLanguage: "en", targetLanguage: "fr")
        terms.add(sourceTerms: ["Red Notice"], targetTerms: ["notice rouge"], sourceLanguage: "en", targetLanguage: "fr")
        let english = ["Human trafficking is a crime.", "End human trafficking.", "Human trafficking harms victims.", "A Red Notice."]
        let french = ["La traite des êtres humains est un crime.", "Mettons fin à la traite des êtres humains.",
                      "La traite des êtres humains nuit aux victimes.", "Une alerte."]
        let result = marked(terms, english, french)
        #expect(result.source == english)
        #expect(result.target == french)
    }

    /// MH17: the French page starts at the dateline; the English one repeats two paragraphs as
    /// captions. The glossary entry `Disaster Victim Identification` made every "disaster" match
    /// every "catastrophe" when glossary terms were lexicon entries, and the English body
    /// paragraphs shifted by one (`The INTERPOL team…` left out). As a whole term, it only links the
    /// two sentences that name it.
    @Test(.requiresSharedData) func aGlossaryTermKeepsTheReleasesPairs() throws {
        let folder = "corpus/releases/interpol-2014-mh17-irt/"
        let segmenter = Segmenter()
        func document(_ name: String, _ language: String) throws -> SegmentedDocument {
            try SegmentedDocument(try DocumentReader.read(contentsOf: SharedData.url(folder + name)), language: language,
                                  segmenter: segmenter, includingBoilerplate: true)
        }
        let english = try document("en.txt", "en"), french = try document("fr.txt", "fr")
        var options = AlignmentOptions()
        options.sourceLanguage = "en"
        options.targetLanguage = "fr"
        var terms = TermAnchors()
        terms.add(sourceTerms: ["Disaster Victim Identification"], targetTerms: ["identification des victimes de catastrophes"],
                  sourceLanguage: "en", targetLanguage: "fr")
        let pairs = SentenceAligner(options: options).align(english, french, terms: terms).beads.filter(\.isPair).map { bead in
            (bead.source.map { english.sentences[$0] }.joined(separator: " "), bead.target.map { french.sentences[$0] }.joined(separator: " "))
        }
        #expect(pairs.contains { $0.0.hasPrefix("The INTERPOL team, which includes") && $0.1.hasPrefix("L’équipe INTERPOL") })
        #expect(pairs.contains { $0.0.hasPrefix("Identifying victims of major disasters") && $0.1.hasPrefix("Identifier les victimes") })
        #expect(!pairs.contains { $0.0.hasPrefix("At the request of the Ukrainian") })
    }
}
