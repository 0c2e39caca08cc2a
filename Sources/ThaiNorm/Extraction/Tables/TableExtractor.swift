import Foundation

/// Reads tab-separated tables (as PDF and web extraction write them) into
/// rows of clean cell text: HTML fragments inside cells (`<p>`, `<u>`,
/// `<a href="…">`) are reduced to their text, entities decoded.
///
/// Each table's cell numbers are read and its total rows checked (``TableTotals``).
///
/// Rows of an assessment scale (`ระดับที่ ๓ ๑๒ คะแนน<TAB>…`) also become
/// criteria with points.
///
/// ```swift
/// TableExtractor.cellText("<p><u>ตรวจสอบ</u></p> <p>เอกสาร</p>")   // "ตรวจสอบ เอกสาร"
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct TableExtractor: Sendable {
    let totals: TableTotals

    public init(totals: TableTotals = TableTotals()) {
        self.totals = totals
    }

    public func tables(in lines: [String]) -> [Table] {
        var tables: [Table] = []
        var current: Table?
        for (index, line) in lines.enumerated() {
            // A tab is a character of its own: cells split on scalars, without Foundation's search.
            if line.unicodeScalars.contains("\t") {
                let cells = line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { Self.cellText(String(Substring($0))) }
                if current == nil { current = Table(line: index + 1, rows: []) }
                current!.rows.append(cells)
            } else if let table = current {
                tables.append(table)
                current = nil
            }
        }
        if let current { tables.append(current) }
        return tables.map(totals.checked)
    }

    /// Assessment levels in table rows: `ระดับที่ ๓ ๑๒ คะแนน` (or `๐ คะแนน`) in the first cell.
    public func levels(in tables: [Table]) -> [Criterion] {
        var result: [Criterion] = []
        for table in tables {
            for (offset, row) in table.rows.enumerated() {
                guard let first = row.first, first.containsScalars("คะแนน") else { continue }
                let scalars = Array(first.unicodeScalars)
                var id: String?
                var idText: String?
                if first.hasPrefix("ระดับที่") {
                    let after = "ระดับที่".unicodeScalars.count
                    var i = after
                    while i < scalars.count, scalars[i].isWhitespace { i += 1 }
                    var j = i
                    while j < scalars.count, ItemNumber.digitValue(scalars[j]) != nil { j += 1 }
                    guard j > i, let value = CriteriaExtractor.number(after: i, in: scalars) else { continue }
                    id = "level-\(Int(value))"
                    idText = String(scalars: scalars[..<j])
                } else if ItemNumber.digitValue(scalars[0]) != nil {
                    // `๐ คะแนน`: the level below the first.
                    id = "level-0"
                    idText = nil
                }
                guard let id, let points = Self.points(in: scalars) else { continue }
                let text = row.dropFirst().first { !$0.isEmpty } ?? ""
                result.append(Criterion(id: id, idText: idText ?? first, parent: nil, level: nil, points: points, text: text,
                                        supervisors: [], responsible: [], part: nil, line: table.line + offset))
            }
        }
        return result
    }

    /// The number right before `คะแนน` in a cell.
    static func points(in scalars: [Unicode.Scalar]) -> Double? {
        let unit = CriteriaExtractor.pointsUnit
        guard let at = scalars.indices.first(where: { scalars[$0...].starts(with: unit) }) else { return nil }
        return CriteriaExtractor.number(before: at, in: scalars)?.value
    }

    static let entities: [(String, String)] = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""),
                                                ("&#39;", "'"), ("&amp;", "&")]

    /// Whether `cell` has no no-break space, no space at either end and no two spaces in a row,
    /// so that collapsing its spaces leaves it as it is.
    static func isSpacedOnce(_ cell: String) -> Bool {
        var previousIsSpace = true   // a space at the start counts as a run
        for scalar in cell.unicodeScalars {
            if scalar == "\u{A0}" { return false }
            let isSpace = scalar == " "
            if isSpace && previousIsSpace { return false }
            previousIsSpace = isSpace
        }
        return !previousIsSpace || cell.isEmpty
    }

    /// A cell's text: tags removed (block tags become spaces), entities decoded, spaces collapsed.
    public static func cellText(_ cell: String) -> String {
        var out = ""
        var inTag = false
        guard cell.unicodeScalars.contains(where: { $0 == "<" || $0 == "&" }) else {
            // Nearly every cell has single spaces between words and none at its ends: it is its
            // own text, found without breaking it into characters.
            if isSpacedOnce(cell) { return cell }
            return collapsingSpaces(cell)
        }
        for character in cell {
            if character == "<" { inTag = true; out.append(" "); continue }
            if character == ">", inTag { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        if out.unicodeScalars.contains("&") {
            for (entity, text) in entities { out = out.replacingOccurrences(of: entity, with: text) }
        }
        return collapsingSpaces(out)
    }

    /// `text` with each run of spaces and no-break spaces between words made one space, and
    /// none at either end: as splitting its characters at `" "` and `"\u{A0}"` and joining the
    /// pieces with one space would give, without breaking the text into characters. A space
    /// is a character of its own unless a mark follows it (`" ่"` is one character, not a space).
    ///
    /// Complexity: O(n).
    static func collapsingSpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func isSeparator(_ i: Int) -> Bool {
            guard scalars[i] == " " || scalars[i] == "\u{A0}" else { return false }
            // Whether the space stands alone: decided from its neighbours for ASCII and Thai
            // (whose only joining characters are marks after it), by Swift's character rules otherwise.
            let before = i > 0 ? scalars[i - 1] : " "
            let after = i + 1 < scalars.count ? scalars[i + 1] : " "
            let simple = { (scalar: Unicode.Scalar) in scalar.isASCII || ThaiScript.isThai(scalar) || scalar == "\u{A0}" }
            if simple(before), simple(after) { return !ThaiScript.isCombiningMark(after) && after != ThaiScript.saraAm }
            let joinsNext = i + 1 < scalars.count && String(scalars: scalars[i...(i + 1)]).count == 1
            let joinsPrevious = i > 0 && String(scalars: scalars[(i - 1)...i]).count == 1
            return !joinsNext && !joinsPrevious
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var pendingSpace = false
        for i in scalars.indices {
            if isSeparator(i) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalars[i])
        }
        return String(scalars: out)
    }
}
