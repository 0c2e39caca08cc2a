import Foundation

/// Reads tab-separated tables (as PDF and web extraction write them) into
/// rows of clean cell text: HTML fragments inside cells (`<p>`, `<u>`,
/// `<a href="…">`) are reduced to their text, entities decoded.
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
    public init() {}

    public func tables(in lines: [String]) -> [Table] {
        var tables: [Table] = []
        var current: Table?
        for (index, line) in lines.enumerated() {
            if line.contains("\t") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.cellText(String($0)) }
                if current == nil { current = Table(line: index + 1, rows: []) }
                current!.rows.append(cells)
            } else if let table = current {
                tables.append(table)
                current = nil
            }
        }
        if let current { tables.append(current) }
        return tables
    }

    /// Assessment levels in table rows: `ระดับที่ ๓ ๑๒ คะแนน` (or `๐ คะแนน`) in the first cell.
    public func levels(in tables: [Table]) -> [Criterion] {
        var result: [Criterion] = []
        for table in tables {
            for (offset, row) in table.rows.enumerated() {
                guard let first = row.first, first.contains("คะแนน") else { continue }
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
                    idText = String(String.UnicodeScalarView(scalars[..<j]))
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

    /// A cell's text: tags removed (block tags become spaces), entities decoded, spaces collapsed.
    public static func cellText(_ cell: String) -> String {
        var out = ""
        var inTag = false
        guard cell.unicodeScalars.contains(where: { $0 == "<" || $0 == "&" }) else {
            return cell.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
        }
        for character in cell {
            if character == "<" { inTag = true; out.append(" "); continue }
            if character == ">", inTag { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        if out.unicodeScalars.contains("&") {
            for (entity, text) in entities { out = out.replacingOccurrences(of: entity, with: text) }
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
