/// A criteria table's row read by its columns: the row's cells (split at tabs, empty cells
/// kept) matched to the columns its table's heading row names (``CriteriaTables/layouts(in:)``).
///
/// ```swift
/// // heading: ข้อ<TAB>ตัวชี้วัด<TAB>คะแนน<TAB>ผู้รับผิดชอบ
/// // row:     ๒<TAB>มีแผนงาน<TAB>๕<TAB>นายสมชาย ใจดี
/// // → text "มีแผนงาน", points 5, responsible ["สมชาย ใจดี"], supervisors nil (no such column)
/// ```
///
/// A row whose cells do not line up with the heading (more cells than columns, or no tab)
/// is not read by columns: the caller falls back to the order of the names on the line.
///
/// Complexity: O(n) in the length of the row.
struct CriteriaRowCells {
    /// The criterion's text (its column's cell), if the table has that column.
    var text: String?
    /// The people named in the supervisor column; nil if the table has none.
    var supervisors: [String]?
    /// The people named in the responsible column; nil if the table has none.
    var responsible: [String]?
    var points: Double?
    var level: Criterion.Level?

    /// The points a cell states: one number, alone or before `คะแนน` (`๕`, `๑๐ คะแนน`); nil for
    /// anything else (a scale `๕ ๔ ๓ ๒ ๑`, a sentence).
    static func points(in cell: String) -> Double? {
        var text = TableExtractor.cellText(cell).trimmingSpaces
        if text.hasSuffix("คะแนน") { text = String(text.dropLast("คะแนน".count)).trimmingSpaces }
        return AmountExtractor.number(in: Array(text.unicodeScalars))
    }

    /// Reads `line` by `columns`; nil when it cannot be.
    ///
    /// - Parameters:
    ///   - names: the names found on the line, with their scalar ranges.
    ///   - spelled: a name's spelling as the document's person (`given family`).
    static func read(_ line: [Unicode.Scalar], columns: [String], names: [NameOccurrence],
                     spelled: (NameOccurrence) -> String, levels: CriteriaLevels) -> CriteriaRowCells? {
        guard columns.count >= 2, line.contains("\t") else { return nil }
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in line.enumerated() where scalar == "\t" {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<line.count)
        // Trailing empty cells may have been dropped; more cells than columns do not line up.
        guard ranges.count <= columns.count else { return nil }
        var row = CriteriaRowCells()
        for (column, range) in zip(columns, ranges) {
            let cell = String(scalars: line[range]).trimmingSpaces
            let people = names.filter { range.contains($0.range.lowerBound) }.map(spelled)
            switch column {
            // The first criterion column with text (not the row's number repeated in it).
            case "criterion" where row.text == nil && ItemNumber.leading(in: Array(cell.unicodeScalars)).map({ $0.range.upperBound < cell.unicodeScalars.count }) ?? true && !cell.isEmpty:
                row.text = cell
            case "supervisor": row.supervisors = (row.supervisors ?? []) + people
            case "responsible": row.responsible = (row.responsible ?? []) + people
            case "points" where row.points == nil: row.points = Self.points(in: cell)
            case "level": row.level = levels.level(in: cell)
            default: break
            }
        }
        // Columns past the row's last cell (dropped when empty) are empty, not missing.
        for column in columns.dropFirst(ranges.count) {
            if column == "supervisor", row.supervisors == nil { row.supervisors = [] }
            if column == "responsible", row.responsible == nil { row.responsible = [] }
        }
        return row
    }
}
