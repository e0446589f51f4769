import Foundation
import Testing
@testable import Documents

@Suite struct BlockClassifierTests {
    @Test(arguments: [
        "All news", "|", "Print", "Share", "Share on", "Partager sur", "Français", "English", "Back to top",
        "Top of page", "Haut de la page", "Read more", "Pour en savoir plus", "Archived Content",
        "Contenu archivé", "date 2022-07", "Last modification 25.10.2016", "Dernière modification 25.10.2016",
        "Lire en : عربي English", "Print | Share", "English Français Español", "*****", "- 30 -",
        "Date modified:", "Signaler un problème sur cette page", "Compartir", "Volver arriba",
        "Share on Facebook", "Partager sur X", "Compartir en WhatsApp", "Follow us on LinkedIn", "Share on Twitter | Print",
        "Privacy | Accessibility | Sitemap", "Mentions légales | Plan du site",
        "Alle Meldungen", "Drucken", "Teilen auf Facebook", "Zurück nach oben", "Impressum | Datenschutz",
    ])
    func boilerplateLines(_ line: String) {
        #expect(BlockClassifier.isBoilerplate(line))
        #expect(BlockClassifier.classify(line, titleAllowed: true).isBoilerplate)
    }

    @Test(arguments: [
        "Constructive dialogue on human trafficking", "Printing presses were seized.",
        "Share prices fell sharply after the arrests.", "English lessons for victims", "News of the arrests spread.",
        "Français et Belges ont coopéré.", "The operation was a success.", "Share on Facebook fell after the report.",
        "(c) the budget for 2026 was adopted;", "Copyright theft rose by 20% in 2025.",
    ])
    func contentIsNotBoilerplate(_ line: String) {
        #expect(!BlockClassifier.isBoilerplate(line))
    }

    @Test(arguments: [
        "© City Police 2026", "Copyright © 2026 Harbour Police Agency", "© 2026 Agence de police portuaire. Tous droits réservés.",
        "Alle Rechte vorbehalten .",
    ])
    func copyrightLinesAreNotices(_ line: String) {
        #expect(BlockClassifier.classify(line, titleAllowed: false) == (.paragraph, true))
        // Marked, but not page furniture: a book that prints one is still aligned as a book.
        #expect(!Document(lines: [line]).hasPageFurniture)
    }

    @Test func figuresAreMarkedButKeepTheirKind() {
        for figure in ["12", "1,250", "40 %", "€2.5", "+33 4 00 00 00 00"] {
            #expect(BlockClassifier.classify(figure, titleAllowed: false) == (.paragraph, true), "\(figure)")
            #expect(BlockClassifier.classify(figure, markupKind: .paragraph) == (.paragraph, true), "\(figure)")
        }
        #expect(!Document(lines: ["12", "Text."]).hasPageFurniture)
        #expect(BlockClassifier.classify("12 victims", titleAllowed: false).isBoilerplate == false)
        // Numeric dates stay date lines.
        #expect(BlockClassifier.classify("24/7/2014", titleAllowed: false) == (.date, true))
        #expect(BlockClassifier.classify("2025-03-12", markupKind: .paragraph) == (.date, true))
    }

    @Test func aPhotoCreditStaysACaption() {
        #expect(BlockClassifier.classify("© UN Photo/Mark Garten", titleAllowed: false) == (.caption, false))
    }

    @Test func cookieNotices() {
        #expect(BlockClassifier.classify("This website uses cookies. By continuing you agree to our use of cookies.", titleAllowed: false) == (.paragraph, true))
        #expect(BlockClassifier.isNotice("Nous utilisons des cookies pour améliorer votre expérience."))
        #expect(!BlockClassifier.isNotice("We use cookies" + String(repeating: " and more text", count: 60)))
    }

    /// A page that prints its headline twice: the copy is boilerplate, the first stays the title.
    @Test func aRepeatedHeadlineIsBoilerplate() throws {
        let text = "Police free 40 victims in Lyon\n\nPolice free 40 victims in Lyon\n\nLYON – Police freed 40 victims of trafficking today.\n"
        let blocks = try DocumentReader.read(data: Data(text.utf8), format: .plainText).blocks
        #expect(blocks.map(\.isBoilerplate) == [false, true, false])
        #expect(blocks[0].kind == .title)
    }

    @Test func archiveNotices() {
        #expect(BlockClassifier.isNotice("Information identified as archived is provided for reference, research or record-keeping purposes."))
        #expect(BlockClassifier.isNotice("L’information dont il est indiqué qu’elle est archivée est fournie à des fins de référence."))
        #expect(BlockClassifier.classify("Information identified as archived is provided for reference.", titleAllowed: false) == (.paragraph, true))
    }

    @Test(arguments: [
        "14 November 2013 - Media release", "10 October 2008", "Octobre 10, 2018", "October 10, 2018",
        "31 octobre 2011", "24/7/2014", "14 de mayo de 2025 - Comunicado de prensa", "2025-03-12",
        "3. März 2026 – Pressemitteilung", "17. Dezember 2025",
        "Monday, 3 March 2025",
    ])
    func dateLines(_ line: String) {
        #expect(BlockClassifier.isDateLine(line))
        #expect(BlockClassifier.classify(line, titleAllowed: true) == (.date, true))
    }

    @Test func sentencesWithDatesAreNotDateLines() {
        #expect(!BlockClassifier.isDateLine("The conference opened on 14 November 2013 in Lyon."))
        #expect(!BlockClassifier.isDateLine("New York, 30 July 2014 - Secretary-General's message on the World Day against Trafficking"))
    }

    @Test func captionsListItemsHeadingsQuotes() {
        #expect(BlockClassifier.classify("PR091 - Photo-1", titleAllowed: false).kind == .caption)
        #expect(BlockClassifier.classify("19.10.2016 Lugano (photo: Nicola Demaldi /", titleAllowed: false).kind == .caption)
        #expect(BlockClassifier.classify("Photo: officers at the border.", titleAllowed: false).kind == .caption)
        #expect(BlockClassifier.classify("The photo was published by the police.", titleAllowed: false).kind == .paragraph)
        #expect(BlockClassifier.classify("Photo\u{00A0}: des policiers à la frontière.", titleAllowed: false).kind == .caption)
        #expect(BlockClassifier.classify("Photographers covered the arrests", titleAllowed: false).kind != .caption)
        #expect(BlockClassifier.classify("Officers and their photos", titleAllowed: false).kind == .caption)
        for bullet in ["- Enabled officers;", "• Jordan", "1. First point", "a) first", "* starred"] {
            #expect(BlockClassifier.classify(bullet, titleAllowed: true).kind == .listItem, "\(bullet)")
        }
        #expect(BlockClassifier.classify("INTERPOL offers assistance to Haiti", titleAllowed: true).kind == .title)
        #expect(BlockClassifier.classify("INTERPOL offers assistance to Haiti", titleAllowed: false).kind == .heading)
        #expect(BlockClassifier.classify("Countries covered:", titleAllowed: false).kind == .paragraph)
        #expect(BlockClassifier.classify("« Nous sommes prêts. »", titleAllowed: false).kind == .quote)
        #expect(BlockClassifier.classify("LYON, France – INTERPOL has offered help.", titleAllowed: true).kind == .paragraph)
    }
}
