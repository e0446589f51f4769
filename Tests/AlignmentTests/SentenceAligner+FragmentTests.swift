import Foundation
import Testing
import TestSupport
@testable import Alignment

/// A version cut off mid-sentence (a truncated page): its last sentence pairs with the sentence it
/// begins to translate, and the rest of the longer version stays unpaired. The texts are written for
/// this test.
struct SentenceAlignerFragmentTests {
    let aligner: SentenceAligner = {
        var options = AlignmentOptions()
        options.usesInstalledDictionaries = false
        options.sourceLanguage = "en"
        options.targetLanguage = "fr"
        return SentenceAligner(options: options)
    }()

    let english = [
        "The Ministers of the Interior of twelve European countries met in Lyon on Tuesday.",
        "They agreed on a common plan against the trafficking of stolen vehicles across Europe.",
        "Police services will share their databases of stolen vehicles in real time from January 2027.",
        "Commending the commitment of the police officers involved, the Minister announced a training programme for 300 investigators.",
        "The programme will be financed by the European Union and by the twelve countries.",
        "A first assessment is expected at the end of 2027, when the Ministers will meet again in Vienna.",
    ]

    /// The French version of the first three sentences; each test adds where the page stops.
    let frenchStart = [
        "Les ministres de l’Intérieur de douze pays européens se sont réunis mardi à Lyon.",
        "Ils sont convenus d’un plan commun contre le trafic de véhicules volés en Europe.",
        "Les services de police partageront en temps réel leurs bases de données de véhicules volés dès janvier 2027.",
    ]

    func pair(of fragment: Int, in alignment: SentenceAlignment) -> Bead? {
        alignment.beads.first { $0.target.contains(fragment) && !$0.source.isEmpty }
    }

    @Test
    func fragmentPairsWithTheSentenceItBegins() {
        let alignment = aligner.align(source: english, target: frenchStart + ["Saluant l’engagement des policiers concernés, le ministre a annoncé un progr"])
        let bead = pair(of: 3, in: alignment)
        #expect(bead?.source == 3..<4, "\(alignment.beads)")
        // What the page no longer has stays unpaired.
        for index in 4..<6 {
            #expect(alignment.beads.contains { $0.source == index..<(index + 1) && $0.target.isEmpty })
        }
    }

    @Test
    func fragmentOfOneWordPairsWithTheFirstUnpairedSentence() {
        // Nothing in "Sal" matches: its position decides.
        let alignment = aligner.align(source: english, target: frenchStart + ["Sal"])
        let bead = pair(of: 3, in: alignment)
        #expect(bead?.source == 3..<4, "\(alignment.beads)")
        #expect((bead?.confidence ?? 1) <= 0.5)
        #expect(alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.count == 4)
    }

    @Test
    func aLastSentenceWithoutFinalPunctuationIsAFragment() {
        #expect(SentenceAligner.isFragment("- A appuyé l’imposition de pe"))
        #expect(SentenceAligner.isFragment("Fé "))
        #expect(!SentenceAligner.isFragment("Les ministres se sont réunis à Lyon."))
        #expect(!SentenceAligner.isFragment("« Nous devons coopérer », a-t-il dit : « maintenant. »"))
        #expect(!SentenceAligner.isFragment("Where next?"))
    }

    /// The releases of ../shared whose French page stops mid-sentence: the fragment gets its gold
    /// counterpart (the aligner alone, on the gold sentences, no dictionary).
    @Test(.requiresSharedData)
    func truncatedReleasesPairTheirFragmentAsTheGold() throws {
        for release in ["canada-ps-2011-08-30-toews", "interpol-2008-general-assembly-st-petersburg", "interpol-2013-PR144"] {
            func lines(_ name: String) throws -> [String] {
                try String(contentsOf: SharedData.url("corpus/releases/\(release)/\(name)"), encoding: .utf8)
                    .components(separatedBy: "\n").filter { !$0.isEmpty }
            }
            let english = try lines("en.sent"), french = try lines("fr.sent")
            let gold = try VecalignFormat.parseEntries(lines("gold.align").joined(separator: "\n")).map(\.entry)
            let expected = try #require(gold.first { $0.target.contains(french.count - 1) }, "\(release)")
            let alignment = aligner.align(source: english, target: french)
            let bead = alignment.beads.first { $0.target.contains(french.count - 1) }
            #expect(bead.map { Array($0.source) } == expected.source, "\(release)")
        }
    }
}
