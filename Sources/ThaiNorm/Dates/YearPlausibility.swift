/// Years a document cannot mean, reported instead of dated silently: OCR that
/// misreads one digit of a Buddhist year (`๒๕๖๗` as `๒๕๒๗` or `๒๘๖๗`) makes a
/// real-looking date decades away.
///
/// - A year before ``earliest`` or after ``latest`` (Christian) is no date: its
///   `iso` is removed and `problem` says why.
/// - In a document that is not an Act, a year more than ``outlierSpan`` years from
///   the median year of its dates, when at least ``agreeing`` of them lie within
///   ``closeSpan`` years of that median, keeps its `iso` and gets a `problem`: it
///   may be an OCR misreading (a news release or an order rarely names a year
///   decades away; an Act cites old laws, so Acts are left alone). When exactly one of the
///   agreeing years differs from the year as written (in Thai digits) by one digit OCR misreads
///   (``DigitConfusions``), the problem names the confusion (`OCR often reads ๖ as ๒`), and a year
///   ``misreadSpan`` or more from the median is already one; the date is not changed.
///
/// ```swift
/// let dates = [2024, 2024, 2024, 1977].map { DateMention(text: "", line: 1, iso: "\($0)-05-01", precision: .day) }
/// YearPlausibility.review(dates, isAct: false).last?.problem   // "year 1977 is 47 years from …"
/// ```
///
/// Complexity: O(n log n) in the number of dates.
public enum YearPlausibility {
    /// The earliest and latest Christian years a Thai official document dates anything by.
    public static let earliest = 1800, latest = 2100
    /// How far from the document's median year a year is an outlier.
    public static let outlierSpan = 40
    /// How far from the median a year is an outlier when one agreeing year differs from it only
    /// by digits OCR confuses (`๒๕๒๕` for `๒๕๖๕`, 40 years: ๖ read as ๒ in the tens).
    public static let misreadSpan = 30
    /// How many dates within ``closeSpan`` years of the median make the median trustworthy.
    public static let agreeing = 3, closeSpan = 2

    public static func review(_ dates: [DateMention], isAct: Bool, digits: DigitConfusions = .shared) -> [DateMention] {
        func year(_ iso: String?) -> Int? { iso.flatMap { Int($0.prefix(4)) } }
        var result = dates.map { date -> DateMention in
            guard let value = year(date.iso), !(earliest...latest).contains(value) else { return date }
            var date = date
            date.iso = nil
            date.precision = nil
            date.endIso = nil
            date.problem = "year \(value) cannot be meant (a misread digit?)"
            return date
        }
        guard !isAct else { return result }
        let years = result.compactMap { year($0.iso) }.sorted()
        guard years.count >= agreeing else { return result }
        let median = years[years.count / 2]
        guard years.count(where: { abs($0 - median) <= closeSpan }) >= agreeing else { return result }
        let close = Set(years.filter { abs($0 - median) <= closeSpan })
        for index in result.indices {
            guard result[index].problem == nil, let value = year(result[index].iso), abs(value - median) >= misreadSpan else { continue }
            let reading = misreading(of: value, in: result[index].text, close: close, digits: digits)
            guard abs(value - median) > outlierSpan || reading != nil else { continue }
            result[index].problem = "year \(value) is \(abs(value - median)) years from the document's other dates (\(median)): "
                + "check it, OCR may have misread a digit" + (reading.map { " (\($0))" } ?? "")
        }
        return result
    }

    /// Which misread digit may have made the year written in `text` (Christian `value`, in Thai
    /// digits) out of one of `close` (the document's agreeing years): exactly one of them differs
    /// from it in one digit, which OCR reads as the written one (``DigitConfusions``):
    /// `OCR often reads ๖ as ๒` for `๒๕๒๕` among dates of `๒๕๖๕`. The year itself is not named:
    /// another digit may be misread too (`๒๕๖๔` read `๒๕๒๕`). Nil when none or several can.
    static func misreading(of value: Int, in text: String, close: Set<Int>, digits: DigitConfusions) -> String? {
        let scalars = Array(text.unicodeScalars)
        // The four digits that wrote the year (Buddhist or Christian), in the script they were written in.
        var start = 0
        while start + 4 <= scalars.count {
            let run = scalars[start..<(start + 4)]
            let values = run.compactMap(ItemNumber.digitValue)
            let bounded = (start == 0 || ItemNumber.digitValue(scalars[start - 1]) == nil)
                && (start + 4 == scalars.count || ItemNumber.digitValue(scalars[start + 4]) == nil)
            if values.count == 4, bounded {
                let written = values.reduce(0) { $0 * 10 + $1 }
                let offset = written == value + 543 ? 543 : written == value ? 0 : nil
                if let offset {
                    // Thai digits only (the confusions were learned on them), one digit misread,
                    // in the direction OCR misreads it (`๖` read as `๒`, not the other way).
                    guard run.allSatisfy(ThaiScript.isDigit) else { return nil }
                    let candidates = close.filter { year in
                        let intended = String(year + offset).compactMap(\.wholeNumberValue)
                        let differing = zip(intended, values).filter { $0 != $1 }
                        return differing.count == 1 && digits.mayRead(differing[0].0, as: differing[0].1)
                    }
                    guard candidates.count == 1, let year = candidates.first else { return nil }
                    // The digit, not the year: a second digit may be misread too (`๒๕๖๔` as `๒๕๒๕`).
                    let intended = String(year + offset).compactMap(\.wholeNumberValue)
                    guard let (printed, read) = zip(intended, values).first(where: { $0 != $1 }) else { return nil }
                    return "OCR often reads \(ThaiScript.digit(printed)) as \(ThaiScript.digit(read))"
                }
            }
            start += 1
        }
        return nil
    }
}
