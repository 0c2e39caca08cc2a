/// Thai month names, full (`สิงหาคม`) and abbreviated (`ส.ค.`), from
/// `mappings/thai-months.tsv`.
///
/// ```swift
/// ThaiMonths.shared.month(startingAt: 0, in: Array("ส.ค. ๒๕๖๖".unicodeScalars))   // (8, 4)
/// ```
///
/// Complexity: O(m) per lookup, m the number of spellings (36).
public struct ThaiMonths: Sendable {
    public static let shared: ThaiMonths = MappingTable.required { () throws(MappingTable.Failure) in
        try ThaiMonths(file: "thai-months.tsv")
    }

    /// (month number, spelling), longest spellings first.
    let spellings: [(month: Int, scalars: [Unicode.Scalar])]

    public init(file: String) throws(MappingTable.Failure) {
        var spellings: [(Int, [Unicode.Scalar])] = []
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count >= 3, let month = Int(fields[0]), (1...12).contains(month) else {
                throw .malformed(file: file, line: line, reason: "expected MONTH, FULL NAME, ABBREVIATION")
            }
            spellings.append((month, Array(fields[1].unicodeScalars)))
            let abbreviation = Array(fields[2].unicodeScalars)
            spellings.append((month, abbreviation))
            // The abbreviation without its final dot (ส.ค).
            if abbreviation.last == "." { spellings.append((month, Array(abbreviation.dropLast()))) }
        }
        self.spellings = spellings.sorted { $0.1.count > $1.1.count }
    }

    /// The longest spelling, in scalars (`พฤศจิกายน`, 10).
    public var longestName: Int { spellings.first?.scalars.count ?? 0 }

    /// The month spelled at `index` of `line` and the number of scalars its spelling takes.
    ///
    /// A full name may have up to three single spaces inside, as PDF extraction writes it
    /// (`กุม ภาพัน ธ์`); the length then counts them.
    public func month(startingAt index: Int, in line: [Unicode.Scalar]) -> (month: Int, length: Int)? {
        for (month, scalars) in spellings where index + scalars.count <= line.count {
            if line[index..<(index + scalars.count)].elementsEqual(scalars) { return (month, scalars.count) }
        }
        for (month, scalars) in spellings where !scalars.contains(".") {
            var i = index, j = 0, spaces = 0
            while j < scalars.count, i < line.count {
                if line[i] == scalars[j] {
                    i += 1
                    j += 1
                } else if line[i] == " ", j > 0, spaces < 3, i + 1 < line.count, line[i + 1] != " " {
                    i += 1
                    spaces += 1
                } else {
                    break
                }
            }
            if j == scalars.count { return (month, i - index) }
        }
        return nil
    }
}
