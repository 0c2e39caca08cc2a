/// Where a document's criteria are: the lines of its criteria tables. Numbered lines
/// anywhere else (a list of members or duties, a memo's sections, an Act's sections, the
/// rows of a budget table) are not criteria.
///
/// A criteria table opens at
/// - a **heading row**: a line whose cells (split at tabs, else at runs of spaces, else at
///   spaces) include criteria headings (``DocumentForms/criteriaHeadings``) of at least two
///   columns, and those cells are at least half of the row (`ข้อ  ตัวชี้วัด  คะแนน`,
///   `ผู้กำกับดูแล ผู้รับผิดชอบ`);
/// - a **part heading** (`เกณฑ์ด้านกายภาพ จำนวน ๑๕ ข้อ`): a short line that starts with
///   `เกณฑ์`, or counts its items (`จำนวน N ข้อ`);
///
/// and runs to the line where the document is signed (`สั่ง ณ วันที่`,
/// ``DocumentForms/signingPhrases``) or to its end.
///
/// ```swift
/// let lines = ["๑. นายสมชาย ใจดี ประธาน", "ข้อ\tตัวชี้วัด\tคะแนน", "๑\tมีแผนงาน\t๕"]
/// CriteriaTables().lines(in: lines)   // [false, true, true]
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct CriteriaTables: Sendable {
    let headings: [(words: String, column: String)]
    let signing: [String]
    /// The longest line (in scalars) taken as a part heading.
    static let partHeadingLimit = 120

    public init(forms: DocumentForms = .shared) {
        headings = forms.criteriaHeadings
        signing = forms.signingPhrases
    }

    /// Whether each line is inside a criteria table.
    public func lines(in lines: [String]) -> [Bool] {
        var inside = false
        return lines.map { line in
            let text = line.trimmingSpaces
            if inside, signing.contains(where: { text.hasPrefix($0) }) { inside = false }
            if !inside, isHeadingRow(text) || Self.isPartHeading(text) { inside = true }
            return inside
        }
    }

    /// Whether `line` is the heading row of a criteria table.
    func isHeadingRow(_ line: String) -> Bool {
        let cells = Self.cells(of: line)
        guard cells.count >= 2 else { return false }
        var columns = Set<String>()
        var headingCells = 0
        for cell in cells {
            guard let column = column(of: cell) else { continue }
            headingCells += 1
            columns.insert(column)
        }
        return columns.count >= 2 && 2 * headingCells >= cells.count
    }

    /// The column a cell heads, if it starts with a criteria heading that is a word of its own
    /// (the whole cell, or followed by something other than a Thai letter, or of four letters
    /// or more: `ข้อ` heads a column, `ข้อความ` does not).
    func column(of cell: String) -> String? {
        for (words, column) in headings where cell.hasPrefix(words) {
            let rest = cell.unicodeScalars.dropFirst(words.unicodeScalars.count)
            guard let next = rest.first else { return column }
            if words.unicodeScalars.count >= 4 || !ThaiScript.isThai(next) { return column }
        }
        return nil
    }

    /// A line's cells: split at tabs when it has any, else at runs of two or more spaces, else
    /// at spaces.
    static func cells(of line: String) -> [String] {
        let split: [Substring]
        if line.contains("\t") {
            split = line.split(separator: "\t")
        } else if line.contains("  ") {
            split = line.split(separator: "  ")
        } else {
            split = line.split(separator: " ")
        }
        return split.map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Whether `line` heads a part of a criteria table: a short line that starts with `เกณฑ์`
    /// or says how many items it has (`… จำนวน ๑๕ ข้อ`).
    static func isPartHeading(_ line: String) -> Bool {
        guard !line.isEmpty, line.unicodeScalars.count <= partHeadingLimit else { return false }
        if line.hasPrefix("เกณฑ์") { return true }
        return line.containsScalars("จำนวน") && line.containsScalars(" ข้อ")
            && line.unicodeScalars.contains { ItemNumber.digitValue($0) != nil }
    }
}
