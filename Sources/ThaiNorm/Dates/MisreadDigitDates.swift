/// Dates an OCR model wrote with Thai digits it cannot print, read again from the
/// document's own dates in Arabic digits.
///
/// Debian's `tesseract-ocr-tha` model has no `๔ ๖ ๗ ๘ ๙` (its character set holds
/// `๐ ๑ ๒ ๓ ๕` only): it prints `๒๒ กันยายน ๒๕๖๕` as `๒๒ กันยายน ๒๕๒๕`, 40 years
/// early, while the same document's `22 กันยายน 2565` in Arabic digits comes out
/// right. A document with at least ``minimumThaiDigits`` Thai digits and none of
/// ``DigitConfusions/unprintable`` was read so. There, a date written in Thai digits
/// is read as one of the document's dates written in Arabic digits when its digits
/// can be that date's, misread (``DigitConfusions/mayRead(_:as:)`` at each digit
/// that differs):
/// - the whole date (the same month; day and year each a possible misreading), when
///   exactly one such date does;
/// - else its year alone, when the year as written is none of the Arabic-digit
///   years and exactly one of them is a possible misreading.
///
/// A range's and a fiscal year's ends count among the dates read from; a date is read
/// again only when it is one day, month or year.
///
/// The date keeps its text; its `iso` changes and `problem` says what was read and
/// from what. Other dates and amounts written in Thai digits there get a ``caution(for:)``:
/// which of their digits may be which. Elsewhere (a document with any of `๔ ๖ ๗ ๘ ๙`, or too few Thai digits to
/// tell, or no date in Arabic digits) nothing changes.
///
/// ```swift
/// let misread = MisreadDigitDates(lines: lines, dates: found)
/// misread.read(found[3]).iso   // "2022-09-22" for `๒๒ กันยายน พ.ศ. ๒๕๒๕`
/// ```
///
/// Complexity: O(n) in the document's length to survey it; O(a) per date in the
/// number of dates written in Arabic digits.
public struct MisreadDigitDates: Sendable {
    /// How many Thai digits, none of them ``DigitConfusions/unprintable``, tell that the document
    /// was read by a model without those: a document of real Thai digits holds
    /// `๔ ๖ ๗ ๘ ๙` about a third of the time, so 20 digits without any happen about once in
    /// 2,000 documents by chance (and then a date changes only to another of its own dates).
    public static let minimumThaiDigits = 20

    /// Whether the document's Thai digits were read by a model that cannot print some.
    public let readWithoutSomeDigits: Bool
    /// The document's day-precision dates, and its years, written in Arabic digits.
    let anchorDays: [ThaiDate], anchorYears: Set<Int>
    let digits: DigitConfusions

    /// Surveys `lines` (the document) and `dates` (every date found in it).
    public init(lines: [[Unicode.Scalar]], dates: [DateMention], digits: DigitConfusions = .shared) {
        self.digits = digits
        var count = 0, sawUnprintable = false
        for line in lines {
            for scalar in line {
                guard let digit = ThaiScript.digitValue(scalar) else { continue }
                count += 1
                if digits.unprintable.contains(digit) { sawUnprintable = true }
            }
        }
        readWithoutSomeDigits = !digits.unprintable.isEmpty && !sawUnprintable && count >= Self.minimumThaiDigits
        var days: [ThaiDate] = [], years: Set<Int> = []
        if readWithoutSomeDigits {
            // A range's or fiscal year's ends are the document's dates too.
            for date in dates where Self.script(of: date.text) == .arabic {
                for parsed in [date.iso, date.endIso].compactMap({ $0.flatMap(Self.parse) }) {
                    years.insert(parsed.year)
                    if parsed.day != nil { days.append(parsed) }
                }
            }
        }
        anchorDays = days
        anchorYears = years
    }

    /// `date` as the document's Arabic-digit dates read it, or unchanged.
    public func read(_ date: DateMention) -> DateMention {
        guard readWithoutSomeDigits, !anchorYears.isEmpty, date.kind == .date, date.problem == nil,
              Self.script(of: date.text) == .thai, let iso = date.iso, let parsed = Self.parse(iso),
              let year = Self.run(in: date.text, matching: parsed.year + ThaiDate.buddhistOffset, widths: [4])
                ?? Self.run(in: date.text, matching: parsed.year, widths: [4])
                ?? Self.run(in: date.text, matching: (parsed.year + ThaiDate.buddhistOffset) % 100, widths: [2])
        else { return date }
        let era = year.digits.count == 4 && year.value == parsed.year ? 0 : ThaiDate.buddhistOffset
        let day = parsed.day.flatMap { Self.run(in: date.text, matching: $0, widths: [1, 2], before: year.start) }
        // Whether OCR may have read `value` (printed as wide as `run`: a day `๐๑`, a year's last two
        // digits `๖๕`) as `run`'s digits.
        func readable(_ value: Int, as run: Run) -> Bool {
            var written = String(value).compactMap(\.wholeNumberValue)
            if written.count == 4 && run.digits.count == 2 { written.removeFirst(2) }
            while written.count < run.digits.count { written.insert(0, at: 0) }
            guard written.count == run.digits.count else { return false }
            return zip(written, run.digits).allSatisfy { $0 == $1 || digits.mayRead($0, as: $1) }
        }
        var resolved: ThaiDate?
        if let day, let month = parsed.month {
            let matches = Set(anchorDays.filter {
                $0.month == month && readable($0.day!, as: day) && readable($0.year + era, as: year)
            }.map(\.iso))
            if matches.count == 1, let only = matches.first, only != iso { resolved = Self.parse(only) }
        }
        if resolved == nil, !anchorYears.contains(parsed.year) {
            let years = anchorYears.filter { readable($0 + era, as: year) }
            if years.count == 1, let only = years.first {
                var moved = parsed
                moved.year = only
                if moved.isValid { resolved = moved }
            }
        }
        guard let resolved, resolved.iso != iso else { return date }
        var date = date
        date.iso = resolved.iso
        date.problem = "read as \(resolved.iso), not \(iso): this document's OCR prints no " + unprintable
            + ", and its dates in Arabic digits have this one"
        return date
    }

    /// Why a date or amount written as `text` may not be what was printed: in a document read
    /// without some digits, each Thai digit it holds may be another (`๕ may be ๔, ๘ or ๙`); nil
    /// elsewhere, and for text without Thai digits.
    public func caution(for text: String) -> String? {
        guard readWithoutSomeDigits else { return nil }
        var seen: [Int] = []
        for digit in text.unicodeScalars.compactMap(ThaiScript.digitValue) where !seen.contains(digit) { seen.append(digit) }
        guard !seen.isEmpty else { return nil }
        let doubts = seen.sorted().compactMap { read -> String? in
            let printed = (0...9).filter { $0 != read && digits.mayRead($0, as: read) }.map(Self.thai)
            guard !printed.isEmpty else { return nil }
            let alternatives = printed.count == 1 ? printed[0] : printed.dropLast().joined(separator: ", ") + " or " + printed.last!
            return "\(Self.thai(read)) may be \(alternatives)"
        }
        guard !doubts.isEmpty else { return nil }
        return "this document's OCR prints no " + unprintable + ": " + doubts.joined(separator: "; ")
    }

    /// The digits the document's OCR cannot print, as it would have printed them: `๔ ๖ ๗ ๘ ๙`.
    var unprintable: String { digits.unprintable.sorted().map(Self.thai).joined(separator: " ") }

    /// The Thai digit of value `digit` (0–9).
    static func thai(_ digit: Int) -> String { String(Character(ThaiScript.digit(digit))) }

    enum Script { case thai, arabic, mixed, none }

    /// Which digits `text` writes.
    static func script(of text: String) -> Script {
        var thai = false, arabic = false
        for scalar in text.unicodeScalars {
            if ThaiScript.isDigit(scalar) { thai = true } else if scalar.isASCIIDigit { arabic = true }
        }
        return thai && arabic ? .mixed : thai ? .thai : arabic ? .arabic : .none
    }

    static func parse(_ iso: String) -> ThaiDate? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first, parts.count <= 3 else { return nil }
        return ThaiDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    /// A whole run of digits in a date's text: where it starts, and its digits.
    struct Run {
        var start: Int
        var digits: [Int]
        var value: Int { digits.reduce(0) { $0 * 10 + $1 } }
    }

    /// The first whole run of digits in `text` (before `limit`, in scalars) whose width is one
    /// of `widths` and whose value is `value`.
    static func run(in text: String, matching value: Int, widths: [Int], before limit: Int = .max) -> Run? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, index < limit {
            guard ItemNumber.digitValue(scalars[index]) != nil else { index += 1; continue }
            var end = index
            while end < scalars.count, ItemNumber.digitValue(scalars[end]) != nil { end += 1 }
            let digits = scalars[index..<end].compactMap(ItemNumber.digitValue)
            if end <= limit, widths.contains(digits.count), Run(start: index, digits: digits).value == value {
                return Run(start: index, digits: digits)
            }
            index = end
        }
        return nil
    }
}
