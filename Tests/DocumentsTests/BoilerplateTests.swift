import Testing
@testable import Documents

/// Which boilerplate lines of two language versions can be one line and its translation.
struct BoilerplateTests {
    @Test func dateLinesPairOnlyWithTheSameDateAndLabel() {
        #expect(Boilerplate.canPair("3 May 2019 - Media release", "3 mai 2019 - Media release"))
        #expect(Boilerplate.canPair("3 May 2019 - Media release", "3 mai 2019 - Communiqué de presse"))
        #expect(Boilerplate.canPair("May 3, 2019", "Mai 3, 2019"))
        #expect(Boilerplate.canPair("6 June 2021", "6 juin 2021"))
        // Another date, or a label on one side only: not the same line.
        #expect(!Boilerplate.canPair("3 May 2019", "4 mai 2019"))
        #expect(!Boilerplate.canPair("3 May 2019 - Media release", "3 mai 2019"))
        #expect(Boilerplate.canPair("Last modified 02.03.2020", "Dernière modification 02.03.2020"))
    }

    @Test func menuLinesPairWithoutNumbers() {
        #expect(Boilerplate.canPair("All news", "Toutes les actualités"))
        #expect(Boilerplate.canPair("Share on", "Partager sur"))
        #expect(Boilerplate.canPair("Print", "Imprimer"))
        #expect(Boilerplate.canPair("Share on Facebook", "Partager sur Facebook"))
        #expect(Boilerplate.canPair("Imprimir", "Drucken"))
        #expect(Boilerplate.canPair("Compartir en Facebook", "Teilen auf Facebook"))
        #expect(Boilerplate.canPair("3 de marzo de 2026 - Comunicado de prensa", "3. März 2026 – Pressemitteilung"))
        #expect(!Boilerplate.canPair("Drucken", "Volver arriba"))
        #expect(!Boilerplate.canPair("Share on Facebook", "Imprimer"))
        // Known menu lines that say different things, or a menu line and another line.
        #expect(!Boilerplate.canPair("Print", "Partager"))
        #expect(!Boilerplate.canPair("All news", "Imprimer"))
        #expect(!Boilerplate.canPair("Share on", "Dernière modification"))
        // A menu line and a document symbol or a crawler's date mark are different lines.
        #expect(!Boilerplate.canPair("Latest news", "AB/CD/1234"))
        #expect(!Boilerplate.canPair("Share", "date 2020-05"))
    }

    @Test func languageLinksNeverPair() {
        // Each version links to the others: "Français" on the English page, "English" on the French one.
        #expect(!Boilerplate.canPair("Français", "English"))
        #expect(!Boilerplate.canPair("Read in: Français", "Lire en : English"))
        #expect(!Boilerplate.canPair("English Español", "Print"))
        #expect(BlockClassifier.isLanguageLink("Lire en : عربي English"))
        #expect(!BlockClassifier.isLanguageLink("All news"))
    }

    @Test func dateLabelsAreTheWordsBesideTheDate() {
        #expect(BlockClassifier.dateLabel("3 May 2019 - Media release") == ["Media", "release"])
        #expect(BlockClassifier.dateLabel("3 mai 2019") == [])
        #expect(BlockClassifier.dateLabel("All news") == nil)
        // isDateLine is unchanged: a date and at most four words, no final full stop.
        #expect(BlockClassifier.isDateLine("3 May 2019 - Media release"))
        #expect(!BlockClassifier.isDateLine("The meeting took place on 3 May 2019 in Lyon with delegates."))
    }
}
