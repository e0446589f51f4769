import Foundation
import Testing
@testable import Documents

/// How the HTML reader finds the release inside a page without landmarks.
@Suite struct HTMLContentTests {
    static func read(_ html: String) throws -> Document {
        try DocumentReader.read(data: Data(html.utf8), format: .html, path: "page.html")
    }

    @Test func aLongParagraphIsNotTheWholeRelease() throws {
        // No <main>, <article> or content class; one paragraph holds most of the text. The
        // release is its container, with the date, the caption, the table and the quote.
        let document = try Self.read("""
            <body><header><nav><a href="/">Home</a></nav></header>
            <div class="page">
            <h1>Customs seize 40 tonnes of counterfeit medicines</h1>
            <p class="date">3 March 2026</p>
            <figure><img src="port.jpg" alt=""><figcaption>Photo: inspectors open a container.</figcaption></figure>
            <p>MARSEILLE – Customs officers from six countries seized 40 tonnes of counterfeit medicines during a joint \
            operation in February. The tablets were hidden in shipments of garden furniture and toys.</p>
            <table><tr><th>Country</th><th>Seizures</th></tr><tr><td>France</td><td>12</td></tr></table>
            <p>“Fake medicines kill,” said the Director.</p>
            </div>
            <div class="links"><a href="/privacy">Privacy</a></div>
            </body>
            """)
        #expect(document.blocks.map(\.text) == [
            "Customs seize 40 tonnes of counterfeit medicines", "3 March 2026", "Photo: inspectors open a container.",
            "MARSEILLE – Customs officers from six countries seized 40 tonnes of counterfeit medicines during a joint "
                + "operation in February. The tablets were hidden in shipments of garden furniture and toys.",
            "Country", "Seizures", "France", "12", "“Fake medicines kill,” said the Director.",
        ])
        #expect(document.blocks.map(\.kind) == [.title, .date, .caption, .paragraph, .paragraph, .paragraph, .paragraph, .paragraph, .paragraph])
    }

    @Test func aDivUsedAsAParagraphIsNotTheWholeReleaseEither() throws {
        let document = try Self.read("""
            <body><div id="wrap"><div>3 March 2026</div>
            <div>MARSEILLE – Customs officers from six countries seized 40 tonnes of counterfeit medicines during a \
            joint operation in February, hidden in shipments of garden furniture.</div>
            <div>Media contact: press@example.org</div></div></body>
            """)
        #expect(document.blocks.count == 3)
    }

    @Test func consentBannersAreDroppedWhateverTheirName() throws {
        for name in [#"id="CybotCookiebotDialog""#, #"class="gdpr-notice""#, #"id="onetrust-banner-sdk""#, #"class="consent""#] {
            let document = try Self.read("""
                <body><div \(name)><p>We use cookies to improve your visit. <a href="#">Accept</a></p></div>
                <h1>Police dismantle fraud network</h1>
                <p>Officers arrested nine people suspected of defrauding elderly residents.</p></body>
                """)
            #expect(document.blocks.map(\.text) == [
                "Police dismantle fraud network", "Officers arrested nine people suspected of defrauding elderly residents.",
            ], "\(name)")
        }
    }
}
