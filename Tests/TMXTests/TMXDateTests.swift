import Foundation
import TMX
import Testing

@Suite struct TMXDateTests {
    @Test(arguments: [
        ("20020125T210600Z", "20020125T210600Z"),
        ("20200101T000000", "20200101T000000Z"),  // ParaCrawl, no Z
        ("20041231~165410", "20041231T165410Z"),  // Wordfast
        ("Tue Jan 29 12:49:40 2013", "20130129T124940Z"),  // OPUS / Uplug ctime
        ("Tue Jan  9 02:03:04 2013", "20130109T020304Z"),
        ("2010-04-17", "20100417T000000Z"),  // TBX style
        ("2010-04-17T12:30:05Z", "20100417T123005Z"),
        ("2010-04-17T12:30:05.250+02:00", "20100417T103005Z"),
        ("19991231", "19991231T000000Z"),
    ])
    func parsesLenientlyAndWritesBasicUTC(input: String, written: String) throws {
        let date = try #require(TMXDate.parse(input))
        #expect(TMXDate.format(date) == written)
    }

    @Test(arguments: ["", "yesterday", "20020231T000000Z", "20021301T000000Z", "2002-01-01T25:00", "20020125T2106"])
    func rejectsWhatIsNotADate(input: String) {
        #expect(TMXDate.parse(input) == nil)
    }

    @Test func formatsDatesBefore1970() throws {
        let date = try #require(TMXDate.parse("19690720T201718Z"))
        #expect(TMXDate.format(date) == "19690720T201718Z")
    }
}
