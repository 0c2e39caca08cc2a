/// Names that PDF extraction cut with a space or a line break into pieces that are each words,
/// which ``BrokenNames`` (pieces no word starts like) cannot tell from the sentence going on:
/// `นายสุกิจ จันทร์ ทอง`, `พล.ต.อ.พัชรวาท วงษ์` / `สุวรรณ`, `นายนรา` / `พัฒน์ แก้วทอง`.
///
/// A name is rejoined only when the whole is known: a given and family name that Thai government
/// text names again and again (`mappings/official-names.tsv`, the family name grown over at most
/// ``maximumCutPieces`` pieces, or the given name over the first family piece), or a family name
/// listed as one (`mappings/person-names.txt`, column 2) whose first piece is not (`ชิน วัตร`).
/// The pieces are the tokens after the name on its line, or the first tokens of the next line
/// with text when the name ends its line, or a line of one word among the next
/// ``cellLines`` (a table's cells scattered by pdftotext). Given and family name written
/// together as a known name (`นายอาคมเติม พิทยาไพสิฐ`, a space moved) are split as it is.
///
/// ```swift
/// let lines = ["โดยมีนายอาคม เติม", "พิทยาไพสิฐ รัฐมนตรี"].map { Array($0.unicodeScalars) }
/// NameOccurrence.withFamilyNames(in: lines)[0].first?.family   // "เติมพิทยาไพสิฐ"
/// ```
///
/// Complexity: O(k) hash lookups for a name followed by k pieces (k ≤ ``maximumCutPieces``).
struct KnownNames: Sendable {
    static let shared: KnownNames = {
        do {
            return try KnownNames(official: "official-names.tsv", personNames: "person-names.txt")
        } catch {
            preconditionFailure("embedded mappings: \(error)")
        }
    }()

    /// `given family` of the names government text repeats.
    let official: Set<String>
    /// Those names by given and family name written together: a space PDF extraction moved
    /// (`นายอาคมเติม พิทยาไพสิฐ`) is put back where the name has it.
    let whole: [String: (given: String, family: String)]
    /// Names listed as family names.
    let families: Set<String>

    init(official file: String, personNames: String) throws(MappingTable.Failure) {
        var pairs = Set<String>()
        var whole: [String: (given: String, family: String)] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count >= 2 else { throw .malformed(file: file, line: line, reason: "expected GIVEN, FAMILY") }
            pairs.insert(fields[0] + " " + fields[1])
            whole[String(fields[0]) + String(fields[1])] = (String(fields[0]), String(fields[1]))
        }
        official = pairs
        self.whole = whole
        var families = Set<String>()
        for (_, fields) in try MappingTable.numberedRows(of: personNames) where fields.count >= 2 && fields[1].contains("family") {
            families.insert(String(fields[0]))
        }
        self.families = families
    }

    func isOfficial(given: String, family: String) -> Bool { official.contains(given + " " + family) }
}

extension NameOccurrence {
    /// The most pieces after a family name it is rejoined over.
    static let maximumCutPieces = 2

    /// This name with its family (or given) name rejoined over `pieces` (Thai-letter tokens
    /// that follow it), and how many pieces it took; nil when the whole is not known.
    func rejoined(over pieces: [String], known: KnownNames) -> (name: NameOccurrence, taken: Int)? {
        guard let family, !known.isOfficial(given: given, family: family) else { return nil }
        var name = self
        // The space moved: given and family written together are a known name.
        if let split = known.whole[given + family] {
            name.given = split.given
            name.family = split.family
            return (name, 0)
        }
        guard !pieces.isEmpty else { return nil }
        var joined = family
        for (count, piece) in pieces.prefix(Self.maximumCutPieces).enumerated() {
            joined += piece
            if known.isOfficial(given: given, family: joined) {
                name.family = joined
                return (name, count + 1)
            }
        }
        // The given name cut: `นายนรา พัฒน์ แก้วทอง`.
        if known.isOfficial(given: given + family, family: pieces[0]) {
            name.given = given + family
            name.family = pieces[0]
            return (name, 1)
        }
        if !known.families.contains(family), known.families.contains(family + pieces[0]) {
            name.family = family + pieces[0]
            return (name, 1)
        }
        return nil
    }

    /// The lines with text a table's cells may scatter a cut name over (pdftotext's default mode
    /// writes a row's cells column by column: `นายไสว โชค` / `ผู้รับผิดชอบ` / `นายอนุชา สะสม` /
    /// `เจริญเลิศ` / `ทรัพย์`).
    static let cellLines = 4

    /// This name with its family name's rest found on one of the next ``cellLines`` lines with
    /// text that is a single word, when the whole is a name government text repeats.
    func rejoinedFromCells(after index: Int, in lines: [[Unicode.Scalar]], known: KnownNames) -> NameOccurrence? {
        guard let family, !known.isOfficial(given: given, family: family) else { return nil }
        var seen = 0
        for line in lines[(index + 1)...] where !line.allSatisfy(\.isWhitespace) {
            seen += 1
            if seen > Self.cellLines { break }
            let tokens = ScalarLine.tokens(line)
            guard tokens.count == 1, Self.isName(line[tokens[0]]) else { continue }
            let piece = String(scalars: line[tokens[0]])
            if known.isOfficial(given: given, family: family + piece) {
                var name = self
                name.family = family + piece
                return name
            }
        }
        return nil
    }

    /// `result` (``withFamilyNames(in:guard:)``) with the names cut into words rejoined.
    static func rejoiningCutNames(_ result: [[NameOccurrence]], in lines: [[Unicode.Scalar]], guard names: NameGuard,
                                  known: KnownNames = .shared) -> [[NameOccurrence]] {
        var result = result
        for index in result.indices {
            for (k, name) in result[index].enumerated() where name.family != nil {
                let line = lines[index]
                // The tokens after the name up to the next name on its line.
                let end = k + 1 < result[index].count ? result[index][k + 1].range.lowerBound : line.count
                var tokens = name.range.upperBound < end ? ScalarLine.tokens(line, in: name.range.upperBound..<end) : []
                var next: Int?
                if tokens.isEmpty, name.range.upperBound <= line.count, end == line.count {
                    // The name ends its line: the next line with text.
                    if let following = ScalarLine.nextWithText(after: index, in: lines, overBlanks: ScalarLine.blankLinesInsideWrap),
                       result[following].first.map({ $0.range.lowerBound > 0 }) ?? true {
                        let stop = result[following].first?.range.lowerBound ?? lines[following].count
                        tokens = ScalarLine.tokens(lines[following], in: 0..<stop)
                        next = following
                    }
                }
                let source = next.map { lines[$0] } ?? line
                let pieces = tokens.prefix(maximumCutPieces).prefix { isName(source[$0]) && names.title(in: source, at: $0.lowerBound) == nil }
                    .map { String(scalars: source[$0]) }
                if let (joined, taken) = name.rejoined(over: Array(pieces), known: known) {
                    result[index][k] = joined
                    if next == nil, taken > 0 { result[index][k].range = name.range.lowerBound..<tokens[taken - 1].upperBound }
                } else if let joined = name.rejoinedFromCells(after: index, in: lines, known: known) {
                    result[index][k] = joined
                }
            }
        }
        return result
    }
}
