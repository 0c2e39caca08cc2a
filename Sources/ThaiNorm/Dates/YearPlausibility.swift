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
///   decades away; an Act cites old laws, so Acts are left alone).
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
    /// How many dates within ``closeSpan`` years of the median make the median trustworthy.
    public static let agreeing = 3, closeSpan = 2

    public static func review(_ dates: [DateMention], isAct: Bool) -> [DateMention] {
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
        for index in result.indices {
            guard result[index].problem == nil, let value = year(result[index].iso), abs(value - median) > outlierSpan else { continue }
            result[index].problem = "year \(value) is \(abs(value - median)) years from the document's other dates (\(median)): "
                + "check it, OCR may have misread a digit"
        }
        return result
    }
}
