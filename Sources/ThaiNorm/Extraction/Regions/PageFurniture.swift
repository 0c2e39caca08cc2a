/// The lines of a document that are its pages' furniture, not its text: page numbers
/// (`- ๒ -`, `หน้า ๒`, `หน้า ๒/๕`), running heads and feet (a line, digits aside, that opens or
/// closes two or more pages; pages part at form feeds, as `pdftotext` writes them), and a
/// table's heading row written again on a later page.
///
/// ```swift
/// PageFurniture.lines(in: ["ข้อความ", "- ๒ -", "\u{0C}รายงานประจำปี", "ข้อความ", "\u{0C}รายงานประจำปี"].map { Array($0.unicodeScalars) }, tables: [])
/// // [1, 2, 4]
/// ```
///
/// Complexity: O(n) in the length of the text.
enum PageFurniture {
    /// The longest line (in scalars) read as a running head or foot.
    static let longestRunningLine = 80
    /// The lines at each end of a page looked at for running heads and feet.
    static let pageEndLines = 2

    /// The 0-based indices of the furniture lines of `lines`.
    static func lines(in lines: [[Unicode.Scalar]], tables: [Table]) -> Set<Int> {
        var result = Set<Int>()
        for (index, line) in lines.enumerated() where isPageNumber(line) { result.insert(index) }
        // Running heads and feet: the first and last lines with text of each page.
        var pages: [[Int]] = [[]]
        for (index, line) in lines.enumerated() {
            if line.contains("\u{0C}"), !pages[pages.count - 1].isEmpty { pages.append([]) }
            if !line.allSatisfy(\.isWhitespace) { pages[pages.count - 1].append(index) }
        }
        if pages.count >= 2 {
            var seen: [String: (pages: Set<Int>, lines: [Int])] = [:]
            for (number, page) in pages.enumerated() {
                for index in Set(page.prefix(pageEndLines) + page.suffix(pageEndLines)) {
                    let key = Self.key(lines[index])
                    guard !key.isEmpty, key.unicodeScalars.count <= longestRunningLine else { continue }
                    seen[key, default: ([], [])].pages.insert(number)
                    seen[key, default: ([], [])].lines.append(index)
                }
            }
            for (_, entry) in seen where entry.pages.count >= 2 { result.formUnion(entry.lines) }
        }
        // A table's heading row again after its first.
        let headings = Set(tables.compactMap { $0.rows.count >= 2 ? Self.key($0.rows[0].joined(separator: "\t").unicodeScalars) : nil })
        var first = Set<String>()
        for (index, line) in lines.enumerated() where line.contains("\t") {
            let key = Self.key(line)
            guard headings.contains(key) else { continue }
            if first.contains(key) { result.insert(index) } else { first.insert(key) }
        }
        return result
    }

    /// A page number alone on its line: `- ๒ -`, `– 12 –`, `หน้า ๒`, `หน้า ๒/๕`, `หน้า ๒ จาก ๕`.
    static func isPageNumber(_ line: [Unicode.Scalar]) -> Bool {
        // Most lines start otherwise: no copy of them is made.
        guard let lead = line.first(where: { !$0.isWhitespace }), lead == "ห" || dashes.contains(lead),
              line.count <= longestRunningLine else { return false }
        let text = line.filter { !$0.isWhitespace }
        var i = 0
        let word = Array("หน้า".unicodeScalars)
        var marked = false
        if text.starts(with: word) {
            i = word.count
            marked = true
        } else if let first = text.first, dashes.contains(first) {
            i = 1
        }
        let digitsStart = i
        while i < text.count, ItemNumber.digitValue(text[i]) != nil { i += 1 }
        guard i > digitsStart, i - digitsStart <= 4 else { return false }
        if marked {
            // `/๕` or `จาก ๕` after the number.
            var rest = Array(text[i...])
            if rest.first == "/" { rest.removeFirst() } else if rest.starts(with: "จาก".unicodeScalars) { rest.removeFirst(3) } else { return rest.isEmpty }
            return !rest.isEmpty && rest.allSatisfy { ItemNumber.digitValue($0) != nil }
        }
        return digitsStart == 1 && i == text.count - 1 && dashes.contains(text[i])
    }

    static let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]

    /// A line as compared with others: no whitespace (a form feed included), digits as `#`.
    static func key(_ line: some Sequence<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(line.compactMap { scalar -> Unicode.Scalar? in
            scalar.isWhitespace ? nil : ItemNumber.digitValue(scalar) != nil ? "#" : scalar
        }))
    }
}
