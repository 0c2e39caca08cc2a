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
/// ``DocumentForms/isSigned(_:)``) or to its end.
///
/// ```swift
/// let lines = ["๑. นายสมชาย ใจดี ประธาน", "ข้อ\tตัวชี้วัด\tคะแนน", "๑\tมีแผนงาน\t๕"]
/// CriteriaTables().lines(in: lines)   // [false, true, true]
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct CriteriaTables: Sendable {
    let forms: DocumentForms
    /// The longest line (in scalars) taken as a part heading.
    static let partHeadingLimit = 120

    public init(forms: DocumentForms = .shared) {
        self.forms = forms
    }

    /// Whether each line is inside a criteria table.
    public func lines(in lines: [String]) -> [Bool] {
        layouts(in: lines).map { $0 != nil }
    }

    /// For each line inside a criteria table, the columns of that table as its heading row
    /// names them (`["id", "criterion", "supervisor", "responsible"]`; empty for a table
    /// opened by a part heading, whose columns are not named); nil outside.
    ///
    /// A later heading row with the same columns (repeated on a new page) keeps the table open.
    public func layouts(in lines: [String]) -> [[String]?] {
        var columns: [String]?
        var result: [[String]?] = []
        result.reserveCapacity(lines.count)
        var headingEnd = 0  // the lines of a stacked heading row read already
        for (index, line) in lines.enumerated() {
            let text = line.trimmingSpaces
            if columns != nil, forms.isSigned(text) { columns = nil }
            if index < headingEnd {
                // inside a stacked heading row: its columns stand
            } else if Self.mayBeHeadingRow(text), let heading = headingColumns(text),
                      ItemNumber.leading(in: Array(text.unicodeScalars)) == nil {
                columns = heading
            } else if let (heading, end) = stackedHeading(lines, at: index) {
                columns = heading
                headingEnd = end
            } else if columns == nil, Self.isPartHeading(text) {
                columns = []
            }
            result.append(columns)
        }
        return result
    }

    /// The columns of a heading row that PDF extraction wrote one cell per line (`ข้อที่`,
    /// blank, `ตัวชี้วัด`, blank, `ผู้รับผิดชอบ`), starting at `index`: the run of non-blank
    /// lines from there that are each a heading cell, a bare item number (the first row's,
    /// read in between) or a short piece of a wrapped heading (`วัด`); nil unless its cells
    /// name at least two columns and `index` is one of them. Returns the columns and the
    /// index after the run's last heading cell.
    func stackedHeading(_ lines: [String], at index: Int) -> (columns: [String], end: Int)? {
        let first = lines[index].trimmingSpaces
        guard first.unicodeScalars.count <= Self.headingCellLimit, column(of: first) != nil else { return nil }
        var columns: [String] = []
        var seen = 0
        var end = index + 1
        for (offset, line) in lines[index...].enumerated() {
            let text = line.trimmingSpaces
            if text.isEmpty { continue }
            seen += 1
            if seen > Self.stackedHeadingLines { break }
            if text.unicodeScalars.count <= Self.headingCellLimit, let column = column(of: text) {
                columns.append(column)
                end = index + offset + 1
            } else if let number = ItemNumber.leading(in: Array(text.unicodeScalars)), number.range.upperBound == text.unicodeScalars.count {
                continue
            } else if text.unicodeScalars.count <= Self.headingPieceLimit, !text.contains(" ") {
                continue
            } else {
                break
            }
        }
        return Set(columns).count >= 2 ? (columns, end) : nil
    }

    /// The longest line (in UTF-8 bytes) read as a heading row: a row of column headings is short,
    /// and testing every word of every long line was most of extraction's time.
    static let headingRowBytes = 600
    /// The longest line without tabs or runs of spaces (in UTF-8 bytes) read as a heading row
    /// (its cells split at single spaces: a few short words).
    static let spacedHeadingRowBytes = 240

    static func mayBeHeadingRow(_ text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes <= spacedHeadingRowBytes { return true }
        return bytes <= headingRowBytes && (text.contains("\t") || text.contains("  "))
    }
    /// The longest line (in scalars) read as one heading cell of a stacked heading row.
    static let headingCellLimit = 30
    /// The longest line read as a piece of a wrapped heading cell.
    static let headingPieceLimit = 6
    /// How many non-blank lines a stacked heading row may span.
    static let stackedHeadingLines = 12

    /// Whether `line` is the heading row of a criteria table.
    func isHeadingRow(_ line: String) -> Bool { headingColumns(line) != nil }

    /// The columns a heading row names, one per cell (`""` for a cell that names none), if
    /// `line` is a criteria table's heading row: its cells name at least two columns and
    /// are at least half of the row.
    func headingColumns(_ line: String) -> [String]? {
        var cells = Self.cells(of: line)
        guard cells.count >= 2 else { return nil }
        if !line.unicodeScalars.contains("\t"), line.contains("  ") { cells = cells.flatMap(splitAtHeadings) }
        var named = Set<String>()
        var columns: [String] = []
        for cell in cells {
            let column = column(of: cell) ?? ""
            columns.append(column)
            if !column.isEmpty { named.insert(column) }
        }
        let headingCells = columns.filter { !$0.isEmpty }.count
        return named.count >= 2 && 2 * headingCells >= cells.count ? columns : nil
    }

    /// The column a cell heads, if it starts with a criteria heading that is a word of its own
    /// (the whole cell, or followed by something other than a Thai letter, or of four letters
    /// or more: `ข้อ` heads a column, `ข้อความ` does not).
    func column(of cell: String) -> String? {
        // By scalars: String's prefix test breaks graphemes, and this is asked of many cells.
        for (words, column) in forms.criteriaHeadings where cell.unicodeScalars.starts(with: words.unicodeScalars) {
            let rest = cell.unicodeScalars.dropFirst(words.unicodeScalars.count)
            guard let next = rest.first else { return column }
            if words.unicodeScalars.count >= 4 || !ThaiScript.isThai(next) { return column }
        }
        return nil
    }

    /// The columns that name people.
    static let peopleColumns: Set<String> = ["supervisor", "responsible"]

    /// A heading cell of a row laid out in columns, cut one space before each later word that
    /// heads a column of people (`ตัวชี้วัด/เกณฑ์การประเมิน ผู้กำกับดูแล`: pdftotext wrote two
    /// headings one space apart when the first filled its cell); a cell that names no column
    /// stays whole, and so do headings of other columns (`ลำดับ ที่` is one).
    func splitAtHeadings(_ cell: String) -> [String] {
        let scalars = Array(cell.unicodeScalars)
        return splitAtHeadings(0..<scalars.count, of: scalars).map { String(scalars: scalars[$0]) }
    }

    /// ``splitAtHeadings(_:)`` of the cell at `range` of `line`, as ranges of `line`.
    func splitAtHeadings(_ range: Range<Int>, of line: [Unicode.Scalar]) -> [Range<Int>] {
        guard column(of: String(scalars: line[range])) != nil else { return [range] }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for token in ScalarLine.tokens(line, in: range).dropFirst()
        where column(of: String(scalars: line[token])).map(Self.peopleColumns.contains) ?? false {
            parts.append(start..<(token.lowerBound - 1))
            start = token.lowerBound
        }
        return parts + [start..<range.upperBound]
    }

    /// A line's cells: split at tabs when it has any, else at runs of two or more spaces, else
    /// at spaces.
    static func cells(of line: String) -> [String] {
        // By scalars (String's own split walks graphemes, and every short line is asked).
        let scalars = line.unicodeScalars
        let split: [Substring.UnicodeScalarView]
        if scalars.contains("\t") {
            split = scalars.split(separator: "\t")
        } else if line.contains("  ") {
            return line.split(separator: "  ").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        } else {
            split = scalars.split(separator: " ")
        }
        return split.map { String(String.UnicodeScalarView($0)).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Whether `line` heads a part of a criteria table: a short line that starts with `เกณฑ์`
    /// or says how many items it has (`… จำนวน ๑๕ ข้อ`).
    static func isPartHeading(_ line: String) -> Bool {
        guard !line.isEmpty, line.unicodeScalars.count <= partHeadingLimit else { return false }
        if line.hasPrefix("เกณฑ์") { return true }
        return countsItems(line)
    }

    /// Whether `text` says how many items follow (`… จำนวน ๑๕ ข้อ`).
    static func countsItems(_ text: String) -> Bool {
        text.containsScalars("จำนวน") && text.containsScalars(" ข้อ")
            && text.unicodeScalars.contains { ItemNumber.digitValue($0) != nil }
    }
}
