@testable import BitextServer
import Testing

/// The corrections on a small English–French alignment written for these tests.
struct ReviewAlignmentTests {
    /// Rows: 0 "A1" | "F1"; 1 "A2 A3" | "F2"; 2 "A4" | —; 3 — | "F4"; 4 "A5" | "F5".
    static func sample() -> ReviewAlignment {
        ReviewAlignment(languages: ["en", "fr"], rows: [
            ReviewRow(id: 0, cells: [["The plan was adopted."], ["Le plan a été adopté."]], score: 0.9),
            ReviewRow(id: 1, cells: [["It sets up contact points.", "It lists protected species."], ["Il crée des points de contact et une liste d'espèces protégées."]], score: 0.4),
            ReviewRow(id: 2, cells: [["Seizures rose by 40 per cent."], []], score: 0.2),
            ReviewRow(id: 3, cells: [[], ["Les saisies ont augmenté de 40 %."]], score: 0.1),
            ReviewRow(id: 4, cells: [["Contact the press office."], ["Contactez le service de presse."]], score: 0.95),
        ])
    }

    @Test func mergeJoinsTwoUnalignedRowsIntoAPair() throws {
        var alignment = Self.sample()
        try alignment.apply(.merge(row: 2, direction: .next))
        #expect(alignment.rows.count == 4)
        #expect(alignment.rows[2].cells == [["Seizures rose by 40 per cent."], ["Les saisies ont augmenté de 40 %."]])
        #expect(alignment.rows[2].bead == "1-1")
        #expect(alignment.rows[2].score == 0.1)
        #expect(alignment.rows[2].reviewed)
        #expect(alignment.rows[2].isPair)
    }

    @Test func mergeWithPreviousIsTheSameAsMergeOfThePreviousWithNext() throws {
        var previous = Self.sample()
        var next = Self.sample()
        try previous.apply(.merge(row: 3, direction: .previous))
        try next.apply(.merge(row: 2, direction: .next))
        #expect(previous == next)
    }

    @Test func mergeAtTheEdgesIsRefused() {
        var alignment = Self.sample()
        #expect(throws: ServerError.self) { try alignment.apply(.merge(row: 0, direction: .previous)) }
        #expect(throws: ServerError.self) { try alignment.apply(.merge(row: 4, direction: .next)) }
        #expect(throws: ServerError.self) { try alignment.apply(.merge(row: 9, direction: .next)) }
        #expect(alignment == Self.sample())
    }

    @Test func splitBetweenSentencesMakesTwoRowsAndKeepsTheOtherSideWithTheFirst() throws {
        var alignment = Self.sample()
        // After "It sets up contact points." (26 UTF-16 units): the end of sentence 0.
        try alignment.apply(.split(row: 1, column: 0, sentence: 0, offset: 26))
        #expect(alignment.rows.count == 6)
        #expect(alignment.rows[1].cells == [["It sets up contact points."], ["Il crée des points de contact et une liste d'espèces protégées."]])
        #expect(alignment.rows[2].cells == [["It lists protected species."], []])
        #expect(alignment.rows[1].bead == "1-1")
        #expect(alignment.rows[2].bead == "1-0")
        #expect(alignment.rows[2].id == 5)
    }

    @Test func splitInsideASentenceCutsIt() throws {
        var alignment = Self.sample()
        let french = "Il crée des points de contact et une liste d'espèces protégées."
        let offset = "Il crée des points de contact".utf16.count
        try alignment.apply(.split(row: 1, column: 1, sentence: 0, offset: offset))
        #expect(alignment.rows[1].cells[1] == ["Il crée des points de contact"])
        #expect(alignment.rows[2].cells[1] == ["et une liste d'espèces protégées."])
        // The English side is divided at its sentence boundary nearest the same share of text.
        #expect(alignment.rows[1].cells[0] == ["It sets up contact points."])
        #expect(alignment.rows[2].cells[0] == ["It lists protected species."])
        #expect(french.utf16.count > offset)
    }

    @Test func splitThatLeavesAnEmptyRowIsRefused() {
        var alignment = Self.sample()
        #expect(throws: ServerError.self) { try alignment.apply(.split(row: 2, column: 0, sentence: 0, offset: 0)) }
        #expect(throws: ServerError.self) { try alignment.apply(.split(row: 0, column: 0, sentence: 3, offset: 0)) }
        #expect(throws: ServerError.self) { try alignment.apply(.split(row: 0, column: 0, sentence: 0, offset: 999)) }
    }

    @Test func moveCarriesASentenceAcrossTheBoundary() throws {
        var alignment = Self.sample()
        try alignment.apply(.move(row: 1, column: 0, direction: .down))
        #expect(alignment.rows[1].cells[0] == ["It sets up contact points."])
        #expect(alignment.rows[2].cells[0] == ["It lists protected species.", "Seizures rose by 40 per cent."])
        try alignment.apply(.move(row: 2, column: 0, direction: .up))
        #expect(alignment.rows[1].cells[0] == ["It sets up contact points.", "It lists protected species."])
    }

    @Test func moveThatEmptiesARowRemovesIt() throws {
        var alignment = Self.sample()
        try alignment.apply(.move(row: 3, column: 1, direction: .up))
        #expect(alignment.rows.count == 4)
        #expect(alignment.rows[2].cells == [["Seizures rose by 40 per cent."], ["Les saisies ont augmenté de 40 %."]])
    }

    @Test func unalignSplitsAPairIntoOneRowPerLanguage() throws {
        var alignment = Self.sample()
        try alignment.apply(.unalign(row: 0))
        #expect(alignment.rows.count == 6)
        #expect(alignment.rows[0].cells == [["The plan was adopted."], []])
        #expect(alignment.rows[1].cells == [[], ["Le plan a été adopté."]])
        #expect(throws: ServerError.self) { try alignment.apply(.unalign(row: 0)) }
    }

    @Test func editReplacesTheSentencesOfOneColumn() throws {
        var alignment = Self.sample()
        try alignment.apply(.edit(row: 1, column: 1, text: "Il crée des points de contact.\n\n  Il dresse une liste d'espèces protégées.  \n"))
        #expect(alignment.rows[1].cells[1] == ["Il crée des points de contact.", "Il dresse une liste d'espèces protégées."])
        #expect(alignment.rows[1].bead == "2-2")
    }

    @Test func swapExchangesOneColumnWithTheNextRow() throws {
        var alignment = Self.sample()
        try alignment.apply(.swap(row: 2, column: 1))
        #expect(alignment.rows[2].cells == [["Seizures rose by 40 per cent."], ["Les saisies ont augmenté de 40 %."]])
        #expect(alignment.rows.count == 4, "the row left empty is removed")
        #expect(throws: ServerError.self) { try alignment.apply(.swap(row: 4, column: 0)) }
    }

    @Test func confirmMarksTheRowReviewedWithoutChangingIt() throws {
        var alignment = Self.sample()
        try alignment.apply(.confirm(row: 1))
        #expect(alignment.rows[1].reviewed)
        #expect(alignment.rows[1].cells == Self.sample().rows[1].cells)
    }

    @Test func unknownColumnIsRefused() {
        var alignment = Self.sample()
        #expect(throws: ServerError.self) { try alignment.apply(.edit(row: 0, column: 2, text: "x")) }
    }
}
