import Foundation

/// Reading and writing TMX dates.
///
/// TMX 1.4b writes `YYYYMMDDThhmmssZ` (UTC). Real files also hold `YYYYMMDDThhmmss` (ParaCrawl,
/// taken as UTC), `YYYYMMDD~hhmmss` (Wordfast, local time of an unknown zone: taken as UTC),
/// ISO 8601 extended forms (`2010-04-17`, `2010-04-17T12:00:00Z`, with an offset), a bare
/// `YYYYMMDD`, and C `ctime` text (`Tue Jan 29 12:49:40 2013`, OPUS/Uplug, taken as UTC).
public enum TMXDate {
    /// Parses any of the forms above; `nil` when the text is none of them or not a real date.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Formats a date as `YYYYMMDDThhmmssZ` (UTC).
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (year, month, day) = civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var yearText = String(year)
        while yearText.count < 4 { yearText = "0" + yearText }
        return yearText + two(month) + two(day) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Parses the UTF-8 bytes of a date (see ``parse(_:)``).
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        if let seconds = basicSeconds(bytes) { return Date(timeIntervalSince1970: seconds) }
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        let b = UnsafeBufferPointer(rebasing: bytes[start..<end])
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for index in from..<(from + count) {
                let byte = b[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        // YYYYMMDD[(T|~)hhmmss[Z]]
        if let year = digits(0, 4), let month = digits(4, 2), let day = digits(6, 2) {
            if b.count == 8 { return make(year, month, day, 0, 0, 0) }
            guard b.count == 15 || (b.count == 16 && (b[15] == 0x5A || b[15] == 0x7A)),
                b[8] == 0x54 || b[8] == 0x74 || b[8] == 0x7E,
                let hour = digits(9, 2), let minute = digits(11, 2), let second = digits(13, 2)
            else { return nil }
            return make(year, month, day, hour, minute, second)
        }
        // YYYY-MM-DD[Thh:mm[:ss[.fff]]][Z|±hh[:]mm]
        if let year = digits(0, 4), b.count >= 10, b[4] == 0x2D, let month = digits(5, 2), b[7] == 0x2D,
            let day = digits(8, 2)
        {
            if b.count == 10 { return make(year, month, day, 0, 0, 0) }
            guard b[10] == 0x54 || b[10] == 0x20 || b[10] == 0x74, let hour = digits(11, 2), b.count >= 16,
                b[13] == 0x3A, let minute = digits(14, 2)
            else { return nil }
            var index = 16
            var second = 0
            if index < b.count, b[index] == 0x3A {
                guard let value = digits(index + 1, 2) else { return nil }
                second = value
                index += 3
                if index < b.count, b[index] == 0x2E || b[index] == 0x2C {
                    index += 1
                    while index < b.count, b[index] >= 0x30, b[index] <= 0x39 { index += 1 }
                }
            }
            var offset = 0
            if index < b.count {
                if b[index] == 0x5A || b[index] == 0x7A {
                    index += 1
                } else if b[index] == 0x2B || b[index] == 0x2D {
                    let sign = b[index] == 0x2D ? -1 : 1
                    guard let offsetHours = digits(index + 1, 2) else { return nil }
                    index += 3
                    if index < b.count, b[index] == 0x3A { index += 1 }
                    let offsetMinutes = digits(index, 2) ?? 0
                    if digits(index, 2) != nil { index += 2 }
                    offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
                }
            }
            guard index == b.count, let date = make(year, month, day, hour, minute, second) else { return nil }
            return date.addingTimeInterval(TimeInterval(-offset))
        }
        // Www Mmm dd hh:mm:ss yyyy
        let words = String(decoding: b, as: UTF8.self).split(separator: " ")
        guard words.count == 5, let month = months[words[1].prefix(3).lowercased()], let day = Int(words[2]),
            let year = Int(words[4])
        else { return nil }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3 else { return nil }
        return make(year, month, day, time[0], time[1], time[2])
    }

    /// The fast path for the form TMX 1.4b prescribes, `YYYYMMDDThhmmssZ`: `nil` for anything else.
    private static func basicSeconds(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard b.count == 16, b[8] == 0x54, b[15] == 0x5A else { return nil }
        var values = (0, 0, 0, 0, 0, 0)
        func number(_ from: Int, _ count: Int) -> Int {
            var value = 0
            for index in from..<(from + count) {
                let digit = Int(b[index]) - 0x30
                guard digit >= 0, digit <= 9 else { return -1 }
                value = value * 10 + digit
            }
            return value
        }
        values = (number(0, 4), number(4, 2), number(6, 2), number(9, 2), number(11, 2), number(13, 2))
        guard values.0 >= 0, values.1 >= 0, values.2 >= 0, values.3 >= 0, values.4 >= 0, values.5 >= 0,
            let date = make(values.0, values.1, values.2, values.3, values.4, values.5)
        else { return nil }
        return date.timeIntervalSince1970
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int)
        -> Date?
    {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
            (0...60).contains(second)
        else { return nil }
        let days = days(fromCivil: year, month, day)
        // Reject 31 February and the like: the day must survive the round trip.
        guard civil(fromDays: days) == (year, month, day) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    // Howard Hinnant's days-from-civil and civil-from-days (proleptic Gregorian calendar).
    private static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
