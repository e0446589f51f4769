import Foundation
import Testing
@testable import Documents

/// The HTML reader on release pages written for these tests, modelled on the page structure of
/// INTERPOL, the United Nations and the Government of Canada.
@Suite struct HTMLReaderTests {
    static func summary(_ document: Document) -> [String] {
        document.blocks.map { "\($0.kind.rawValue)\($0.isBoilerplate ? "*" : ""): \($0.text)" }
    }

    @Test func anInterpolStylePage() throws {
        let document = try DocumentReader.read(contentsOf: Fixtures.url("interpol-style.html"))
        #expect(document.format == .html)
        #expect(document.encoding == .utf8)
        #expect(document.warnings.isEmpty)
        #expect(Self.summary(document) == [
            "boilerplate*: All news",
            "date*: 12 March 2025",
            "title: Operation Lantern: 212 arrests in coordinated action against fake medicines",
            "paragraph: Police, customs and health regulators in 14 countries seized 3.4 million doses",
            "caption: Customs officers inspect a shipment in the port of Tema.",
            "paragraph: LYON, France – A week-long operation coordinated by the Police Cooperation Agency has led to 212 arrests and the seizure of 3.4\u{00A0}million doses of falsified medicines in 14 countries.",
            "paragraph: Officers checked pharmacies, markets, warehouses and border crossings between 3 and 9 March. The seized products included antibiotics, painkillers and anti-malarial tablets worth an estimated USD 6.1 million.",
            "quote: “Fake medicines do not just cheat patients. They kill them,” said Dr. Amina K. Diallo, Director of Organized Crime at the Agency. “No country can close these networks on its own.”",
            "heading: Results by region",
            "listItem: West Africa: 131 arrests, 1.9 million doses;",
            "listItem: East Africa: 58 arrests, 0.9 million doses;",
            "listItem: Southern Africa: 23 arrests, 0.6 million doses.",
            "paragraph: The operation was funded by the Global Health Protection Fund.",
            "paragraph: For more information, contact the Press Office at press@example.org.",
        ])
        // Nothing of the menus, language switcher, search form, share bar, scripts, related news or footer.
        let all = document.blocks.map(\.text).joined(separator: "\n")
        for furniture in ["Who we are", "Français", "Search", "Facebook", "trackArticle", "Operation Beacon", "Legal notice", "Back to top", "gtag", "Skip to"] {
            #expect(!all.contains(furniture), "\(furniture)")
        }
        #expect(document.blocks.map(\.line).allSatisfy { $0 > 0 })
    }

    @Test func aUnitedNationsStylePage() throws {
        let document = try DocumentReader.read(contentsOf: Fixtures.url("un-style.html"))
        #expect(Self.summary(document) == [
            "title: Secretary-General's message on World Water Statistics Day",
            "date*: New York, 20 October 2025",
            "paragraph: Every policy to protect water begins with a number. Without reliable figures on how much water we have, who uses it and how much is lost, governments cannot plan, and citizens cannot hold them to account.",
            "paragraph: Today, more than 2 billion people live in countries under high water stress. Yet one country in three still publishes no regular data on the quality of its rivers and lakes.",
            "paragraph: I call on all Member States to invest in their national statistical offices, to share data openly and to count every person — including those in informal settlements and rural areas.",
            "paragraph: On this Day, let us commit to measuring what matters, so that no one is left without clean water.",
            "boilerplate*: *****",
            "paragraph: Le Secrétaire général",
            "paragraph: Message à l’occasion de la Journée mondiale de la statistique de l’eau",
            "paragraph: Toute politique de protection de l’eau commence par un chiffre.",
        ])
    }

    @Test func aGovernmentOfCanadaStylePage() throws {
        let document = try DocumentReader.read(contentsOf: Fixtures.url("canada-style.html"))
        #expect(Self.summary(document) == [
            "title: Déclaration du ministre à l’occasion de la Journée nationale de la sécurité routière",
            "paragraph: De : Sécurité publique Canada",
            "heading: Déclaration",
            "date*: OTTAWA (Ontario), le 15 oct. 2025",
            "paragraph: L’honorable Jeanne Tremblay, ministre de la Sécurité routière, a fait aujourd’hui la déclaration suivante :",
            "paragraph: « Chaque année, près de 1 800 personnes perdent la vie sur les routes du Canada. Derrière chacun de ces chiffres, il y a une famille, des amis, une collectivité.",
            "paragraph: Depuis 2020, le gouvernement a investi 42,5 M$ dans des programmes de prévention, p. ex. la formation des jeunes conducteurs et l’amélioration des passages pour piétons. Les résultats sont encourageants : le nombre de collisions mortelles a baissé de 11 % en cinq ans.",
            "paragraph: Aujourd’hui, j’invite chacun à ralentir, à ne jamais conduire avec les facultés affaiblies et à poser son téléphone. Ensemble, nous pouvons sauver des vies. »",
            "boilerplate*: - 30 -",
            "heading: Personnes-ressources",
            "paragraph: Relations avec les médias",
            "paragraph: Sécurité publique Canada",
            "paragraph*: 613-555-0199",
            "paragraph: medias@example.gc.ca",
            "paragraph: Recherche de nouvelles connexes",
        ])
    }

    static func read(_ html: String) throws -> Document {
        try DocumentReader.read(data: Data(html.utf8), format: .html, path: "page.html")
    }

    @Test func brokenMarkupIsRecovered() throws {
        let document = try Self.read("""
            <html><body><div class=content><h1>Broken <b>page</h1>
            <p>First paragraph <i>never closed
            <p>Second &amp; last paragraph &eacute;&#233;&#xE9; &unknown; x < y.
            <ul><li>one<li>two</ul></div>
            """)
        #expect(document.blocks.map(\.text) == [
            "Broken page", "First paragraph never closed", "Second & last paragraph ééé &unknown; x < y.", "one", "two",
        ])
        #expect(document.blocks.map(\.kind) == [.title, .paragraph, .paragraph, .listItem, .listItem])
    }

    @Test func lineBreaksSplitBlocksUnlessTheLineRunsOn() throws {
        let document = try Self.read("""
            <body><main><p>Media Relations<br>Press Office<br/>+33 4 00 00 00 00</p>
            <p>The Minister thanked the officers of the<br>regional police for their work.</p></main></body>
            """)
        #expect(document.blocks.map(\.text) == [
            "Media Relations", "Press Office", "+33 4 00 00 00 00",
            "The Minister thanked the officers of the regional police for their work.",
        ])
    }

    @Test func preformattedTextKeepsItsLines() throws {
        let document = try Self.read("<body><main><pre>Line one\nLine two</pre></main></body>")
        #expect(document.blocks.map(\.text) == ["Line one", "Line two"])
    }

    @Test func hiddenTextAndForgottenFurnitureAreDropped() throws {
        let document = try Self.read("""
            <body><main>
            <p>Visible.</p><p hidden>Hidden.</p><p style="display: none">Also hidden.</p>
            <span class="wb-inv">Screen reader only.</span><div aria-hidden="true">Icon</div>
            <div class="social-share">Share this</div><div role="navigation">Menu</div>
            <p class="share-links-title">Share</p><p>Print</p>
            </main></body>
            """)
        #expect(document.blocks.map(\.text) == ["Visible.", "Print"])
        #expect(document.blocks.map(\.isBoilerplate) == [false, true])
    }

    @Test func aWrapperNamedLikeFurnitureKeepsTheRelease() throws {
        // Theme wrappers whose names mention a sidebar or sharing hold the whole release.
        let document = try Self.read("""
            <body><div class="layout has-sidebar"><div id="content-share-wrapper">
            <h1>Ministers agree on data exchange</h1>
            <p>The ministers of 12 countries signed the agreement in Brussels today.</p>
            <div class="share-buttons">Share</div>
            </div><div class="sidebar"><p>Most read</p></div></div></body>
            """)
        #expect(document.blocks.map(\.text) == ["Ministers agree on data exchange", "The ministers of 12 countries signed the agreement in Brussels today."])
    }

    @Test func theMainContentIsFoundWithoutLandmarks() throws {
        // No <main>, no <article>, no content class: the element holding most paragraphs wins;
        // the headline above it is kept as the title.
        let paragraph = "<p>" + String(repeating: "The delegates agreed on a common approach. ", count: 6) + "</p>"
        let document = try Self.read("""
            <body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
            <div class="x"><h1>Agreement reached</h1></div>
            <table><tr><td class="left"><a href="/a">Archive 2024</a><br><a href="/b">Archive 2023</a></td>
            <td class="right">\(paragraph)\(paragraph)\(paragraph)</td></tr></table>
            </body>
            """)
        #expect(document.blocks.map(\.kind) == [.title, .paragraph, .paragraph, .paragraph])
        #expect(document.blocks.first?.text == "Agreement reached")
    }

    @Test func thePageTitleServesWhenThereIsNoHeadline() throws {
        let document = try Self.read("""
            <html><head><title>Joint statement on road safety | Ministry of Transport</title></head>
            <body><main><p>The ministers agreed today on common rules.</p></main></body></html>
            """)
        #expect(document.blocks.map(\.text) == ["Joint statement on road safety", "The ministers agreed today on common rules."])
        #expect(document.blocks.first?.kind == .title)
    }

    @Test func aPageWithoutBodyIsEmptyWithAWarning() throws {
        let headOnly = try Self.read("<html><head><title>Nothing</title></head></html>")
        #expect(headOnly.blocks.isEmpty)
        #expect(headOnly.warnings == ["the page has no body"])
        let onlyScripts = try Self.read("<html><body><script>var a = 1;</script><nav>Menu</nav></body></html>")
        #expect(onlyScripts.blocks.isEmpty)
        #expect(onlyScripts.warnings == ["the page holds no text"])
    }

    @Test func charsetsAreFoundAsBrowsersFindThem() throws {
        // Windows-1252 bytes declared as such: “é” and the curly apostrophe.
        let declared = Data("<html><head><meta charset=\"windows-1252\"></head><body><p>l".utf8) + Data([0x92, 0xE9, 0x74, 0xE9])
            + Data("</p></body></html>".utf8)
        let windows = try DocumentReader.read(data: declared, format: .html)
        #expect(windows.encoding == .windows1252)
        #expect(windows.blocks.map(\.text) == ["l’été"])
        #expect(windows.warnings.isEmpty)

        // Declared ISO-8859-1 but holding 0x80–0x9F bytes: decoded as Windows-1252, as browsers do.
        let latin = Data("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>".utf8) + Data([0x93, 0x41, 0x94])
        #expect(try DocumentReader.read(data: latin, format: .html).blocks.map(\.text) == ["“A”"])

        // Undeclared, valid UTF-8: UTF-8 (libxml2 alone would read it as Latin-1).
        let utf8 = try Self.read("<p>Déclaration à l’occasion — 10 €</p>")
        #expect(utf8.encoding == .utf8)
        #expect(utf8.blocks.map(\.text) == ["Déclaration à l’occasion — 10 €"])

        // Undeclared and not UTF-8: Windows-1252, with a warning.
        let guessed = try DocumentReader.read(data: Data("<p>caf".utf8) + Data([0xE9]), format: .html)
        #expect(guessed.encoding == .windows1252 || guessed.encoding == .latin1)
        #expect(guessed.blocks.map(\.text) == ["café"])
        #expect(guessed.warnings.count == 1)

        // Declared UTF-8 but not UTF-8.
        let lying = try DocumentReader.read(data: Data("<meta charset=utf-8><p>caf".utf8) + Data([0xE9]), format: .html)
        #expect(lying.blocks.map(\.text) == ["café"])
        #expect(lying.warnings == ["the page declares utf-8 but is not valid UTF-8; it was read as ISO-8859-1"])

        // A page re-encoded as UTF-8 whose declaration still says Windows-1252: UTF-8, with a warning.
        let reencoded = try Self.read("<meta charset=\"windows-1252\"><p>Déclaration de l’été</p>")
        #expect(reencoded.encoding == .utf8)
        #expect(reencoded.blocks.map(\.text) == ["Déclaration de l’été"])
        #expect(reencoded.warnings == ["the page declares windows-1252 but is valid UTF-8; it was read as UTF-8"])

        // UTF-8 declared as Windows-1252 in a page that is pure ASCII apart from entities.
        let ascii = try Self.read("<meta charset=windows-1252><p>caf&eacute;</p>")
        #expect(ascii.blocks.map(\.text) == ["café"])

        // An unknown charset: a warning, and the bytes read by detection.
        let unknown = try Self.read("<meta charset=\"x-klingon-8\"><p>Qapla’</p>")
        #expect(unknown.blocks.map(\.text) == ["Qapla’"])
        #expect(unknown.warnings == ["the page declares the charset x-klingon-8, which Bitext does not decode; it was read as UTF-8"])

        // UTF-16 with a byte-order mark, whatever the meta says.
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<meta charset=\"utf-8\"><p>Été</p>".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let sixteen = try DocumentReader.read(data: utf16, format: .html)
        #expect(sixteen.encoding == .utf16LittleEndian)
        #expect(sixteen.blocks.map(\.text) == ["Été"])
    }

    @Test func aLargePageIsReadQuickly() throws {
        // 1.5 MB of nested markup: a guard against quadratic behaviour, not a benchmark.
        let item = "<div class=\"item\"><h2>Heading</h2><p>Officers from 30 countries met in Lyon on 3 June, said Dr. Smith.</p></div>\n"
        let document = try Self.read("<html><body><main>" + String(repeating: item, count: 12_000) + "</main></body></html>")
        #expect(document.blocks.count == 24_000)
    }
}
