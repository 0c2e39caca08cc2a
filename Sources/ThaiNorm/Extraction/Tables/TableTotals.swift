/// The numbers of a table's cells, and its total rows checked against the rows they total:
/// a total that differs from its rows' sum gets a `problem` (a figure OCR misread, a typing
/// slip, rows rounded), so a reader checks it before trusting any of them.
///
/// A total row is one whose label cell is a total word of `mappings/document-forms.tsv`
/// (`รวม`, `รวมทั้งสิ้น`, alone or before a space or a bracket). It totals the rows since the
/// table's previous total row; a total after subtotals (`รวมทั้งสิ้น` under two `รวม` rows)
/// may also total every row above it. A row with fewer cells than the table's widest has its
/// cells aligned right (`รวม<TAB>๔๑,๖๕๐,๑๔๙` under `ลำดับ<TAB>รายการ<TAB>จำนวนเงิน`). A
/// column is checked when at least two rows above have a number in it. Sums agree exactly
/// for whole numbers, and within half a unit of the last decimal written per row otherwise.
///
/// ```swift
/// let table = TableTotals().checked(Table(line: 1, rows: [["ก", "1,000"], ["ข", "2,500"], ["รวม", "3,600"]]))
/// table.totals.first?.sum       // 3500
/// table.totals.first?.problem   // "the rows above add up to 3,500; the total reads 3,600 …"
/// ```
///
/// Complexity: O(r · c) for r rows of c cells.
public struct TableTotals: Sendable {
    let words: [String]

    public init(forms: DocumentForms = .shared) {
        words = forms.tableTotals
    }

    /// `table` with its `numbers` and `totals` filled in.
    public func checked(_ table: Table) -> Table {
        var table = table
        table.numbers = table.rows.map { $0.map { Self.number(in: $0) } }
        let width = table.rows.map(\.count).max() ?? 0
        // Numbers by column of the widest row: a short row's cells are aligned right.
        let columns: [[Int: Double]] = table.rows.indices.map { row in
            let shift = width - table.rows[row].count
            var values: [Int: Double] = [:]
            for (column, number) in table.numbers[row].enumerated() { if let number { values[column + shift] = number } }
            return values
        }
        var segmentStart = 0
        var totalRows: [Int] = []
        for row in table.rows.indices where isTotal(table.rows[row]) {
            for (column, value) in columns[row].sorted(by: { $0.key < $1.key }) {
                let segment = (segmentStart..<row).filter { !totalRows.contains($0) }
                let everything = (0..<row).filter { !totalRows.contains($0) }
                var best: (sum: Double, count: Int, places: Int)?
                for rows in [segment, everything] {
                    let cells = rows.compactMap { columns[$0][column] != nil ? $0 : nil }
                    guard cells.count >= 2 else { continue }
                    let sum = cells.reduce(0.0) { $0 + columns[$1][column]! }
                    let places = cells.map { Self.decimalPlaces(table.rows[$0], column: column, width: width) }.max() ?? 0
                    let candidate = (sum, cells.count, places)
                    if best == nil { best = candidate }
                    if Self.agree(sum, value, count: cells.count, places: places) { best = candidate; break }
                }
                guard let best else { continue }
                var total = TableTotal(line: table.line + row, column: column, value: value, sum: best.sum, count: best.count)
                if !Self.agree(best.sum, value, count: best.count, places: best.places) {
                    total.problem = "the \(best.count) rows above add up to \(Self.written(best.sum, places: best.places)); "
                        + "the total reads \(Self.written(value, places: best.places)) "
                        + "(a difference of \(Self.written(abs(value - best.sum), places: best.places))): "
                        + "check the figures, OCR may have misread a digit"
                }
                table.totals.append(total)
            }
            totalRows.append(row)
            segmentStart = row + 1
        }
        return table
    }

    /// Whether `row`'s label cell (its first cell that is not a number) is a total word.
    func isTotal(_ row: [String]) -> Bool {
        guard let label = row.first(where: { !$0.isEmpty && Self.number(in: $0) == nil }) else { return false }
        return words.contains { word in
            guard label.hasPrefix(word) else { return false }
            let rest = label.unicodeScalars.dropFirst(word.unicodeScalars.count)
            return rest.isEmpty || rest.first == " " || rest.first == "("
        }
    }

    static func agree(_ sum: Double, _ value: Double, count: Int, places: Int) -> Bool {
        let tolerance = places == 0 ? 0 : Double(count) * 0.5 * pow10(-places)
        return abs(sum - value) <= tolerance + 1e-6 * max(1, abs(value))
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// The decimals written in the cell of `row` that falls in `column`.
    static func decimalPlaces(_ row: [String], column: Int, width: Int) -> Int {
        let index = column - (width - row.count)
        guard row.indices.contains(index), let dot = row[index].unicodeScalars.lastIndex(of: ".") else { return 0 }
        return row[index].unicodeScalars.distance(from: dot, to: row[index].unicodeScalars.endIndex) - 1
    }

    /// `value` with thousands separators and `places` decimals (`3500` → `3,500`).
    static func written(_ value: Double, places: Int) -> String {
        let scale = pow10(places)
        let scaled = (value * scale).rounded()
        let whole = Int64((scaled / scale).rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        var text = (scaled < 0 ? "-" : "") + digits + grouped
        if places > 0 {
            let fraction = Int64(abs(scaled)) % Int64(scale)
            let padded = String(fraction)
            text += "." + String(repeating: "0", count: places - padded.count) + padded
        }
        return text
    }

    /// A cell that is only a number: digits (Thai or Arabic) with thousands separators and decimals.
    static func number(in cell: String) -> Double? {
        AmountExtractor.number(in: Array(cell.unicodeScalars))
    }
}
