/// A calendar date as found in Thai text, in the Gregorian calendar, to the
/// precision it was written (`ธันวาคม ๒๕๖๖` is a month: 2023-12).
///
/// ```swift
/// ThaiDate(year: 2023, month: 12, day: nil).iso   // "2023-12"
/// ```
public struct ThaiDate: Sendable, Equatable, Hashable, Codable {
    public enum Precision: String, Sendable, Codable {
        case day, month, year
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// ISO 8601 to the date's precision: `2023-11-13`, `2023-12`, `2023`.
    public var iso: String {
        var text = Self.padded(year, to: 4)
        if let month { text += "-" + Self.padded(month, to: 2) }
        if let day { text += "-" + Self.padded(day, to: 2) }
        return text
    }

    /// Whether the day exists in that month (29 February only in leap years).
    public var isValid: Bool {
        guard let month else { return true }
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        return day >= 1 && day <= Self.days(in: month, of: year)
    }

    public static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The Buddhist Era year written in Thai documents, as a Christian year (− 543).
    public static func christianYear(fromBuddhist year: Int) -> Int { year - buddhistOffset }

    /// A Buddhist Era year less its Christian year.
    public static let buddhistOffset = 543
}

extension ThaiDate {
    static func padded(_ value: Int, to width: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
