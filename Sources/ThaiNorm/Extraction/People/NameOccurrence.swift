/// One place a person is named: title, given and family name as printed
/// (stray quotes and trailing punctuation removed).
///
/// ```swift
/// NameOccurrence.all(in: Array("น.ส.สุนทรีย์ สารเร็ว".unicodeScalars), line: 3).first?.title   // "นางสาว"
/// ```
public struct NameOccurrence: Sendable, Equatable {
    public var title: String?
    public var given: String
    public var family: String?
    public var line: Int
    /// Scalar range of the whole name (title to family) in its line.
    public var range: Range<Int>

    static func clean(_ part: ArraySlice<Unicode.Scalar>) -> String {
        var scalars = Array(part.filter { !NameGuard.strayMarks.contains($0) })
        while let last = scalars.last, !ThaiScript.isThai(last) || ThaiScript.isDigit(last) { scalars.removeLast() }
        while let first = scalars.first, !ThaiScript.isThai(first) || ThaiScript.isDigit(first) { scalars.removeFirst() }
        return String(scalars: scalars)
    }

    /// The names in `line` (1-based `line` number) that have at least a given name of two letters.
    public static func all(in scalars: [Unicode.Scalar], line: Int, guard names: NameGuard = .shared) -> [NameOccurrence] {
        names.names(in: scalars).compactMap { match in
            let given = clean(scalars[match.given])
            guard given.unicodeScalars.count >= 2 else { return nil }
            let family = match.family.map { clean(scalars[$0]) }.flatMap { $0.unicodeScalars.count >= 2 ? $0 : nil }
            let title = match.title.map { names.fullTitle(String(scalars: scalars[$0])) }
            let start = match.title?.lowerBound ?? match.given.lowerBound
            return NameOccurrence(title: title, given: given, family: family, line: line,
                                  range: start..<(match.family?.upperBound ?? match.given.upperBound))
        }
    }

    /// For each line of `lines`, its names that have a family name (what people, positions and
    /// criteria assignees are read from).
    public static func withFamilyNames(in lines: [[Unicode.Scalar]], guard names: NameGuard = .shared) -> [[NameOccurrence]] {
        lines.enumerated().map { index, line in all(in: line, line: index + 1, guard: names).filter { $0.family != nil } }
    }
}
