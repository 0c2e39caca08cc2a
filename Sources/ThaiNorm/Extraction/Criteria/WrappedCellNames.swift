/// Names that a narrow table cell wrapped over two lines, as PDF extraction and OCR write
/// them: the title and given name end one line, the family name is the next line's word
/// (`นายปฐมพงษ์` / `เส็งดอนไพร`), or a short first piece of the family name ends the line
/// and the next line's word is the rest (`นายธานี แสง` / `รัตน์`); a whole family name of up
/// to four letters before a one-word line is joined to it too (a known weakness). Read inside criteria tables only, where the assignee cells are
/// narrow; the family name must be a word of its own on the next line, or, when the lines are
/// laid out in columns (runs of spaces), the word that starts in the name's column.
///
/// ```swift
/// let lines = ["๑.๑ และผลักดันการดำเนินงาน นายปฐมพงษ์", "เส็งดอนไพร"].map { Array($0.unicodeScalars) }
/// WrappedCellNames().names(in: lines, at: 0)   // [ปฐมพงษ์ เส็งดอนไพร], on line 1
/// ```
///
/// Complexity: O(n) in the length of the two lines.
struct WrappedCellNames {
    let names: NameGuard
    let family: FamilyNameTest
    /// How far (in scalars) the family name's start may be from the title's in a column layout.
    static let columnSlack = 2
    /// The longest family name (in scalars) taken for the first piece of a wrapped one: a
    /// longer one ending a line is whole (`นายธานี แสงรัตน์` / `อธิบดี`).
    static let familyPieceLimit = 4
    /// The longest family name a join may make.
    static let familyLimit = 20

    init(guard names: NameGuard = .shared, family: FamilyNameTest = .shared) {
        self.names = names
        self.family = family
    }

    /// The titled names at the end of line `index` (or of a column of it) whose family name
    /// is on the next line.
    func names(in lines: [[Unicode.Scalar]], at index: Int) -> [NameOccurrence] {
        guard index + 1 < lines.count else { return [] }
        let line = lines[index], next = lines[index + 1]
        // A row with tabs keeps its cells whole: nothing wraps there.
        guard !line.contains("\t"), !next.contains("\t") else { return [] }
        let columned = Self.hasColumnGap(line) || Self.hasColumnGap(next)
        let nextTokens = ScalarLine.tokens(next, in: 0..<next.count)
        // Nothing to join unless the next line is one word or the lines are in columns (names are
        // looked for only then: most lines of a long table are neither), or two words that end
        // a given name and are the family name of a name government text repeats
        // (``KnownNames``: `นางสาวอัยริ` / `นทร์ พันธุ์ฤทธิ์`).
        if nextTokens.count == 2, !columned {
            return NameOccurrence.all(in: line, line: index + 1, guard: names, family: family).compactMap { found in
                guard found.title != nil, found.family == nil, found.range.upperBound == ScalarLine.lastToken(line)?.upperBound
                else { return nil }
                var name = found
                name.given += NameOccurrence.clean(next[nextTokens[0]])
                name.family = NameOccurrence.clean(next[nextTokens[1]])
                return KnownNames.shared.isOfficial(given: name.given, family: name.family!) ? name : nil
            }
        }
        guard nextTokens.count == 1 || columned else { return [] }
        var result: [NameOccurrence] = []
        for found in NameOccurrence.all(in: line, line: index + 1, guard: names, family: family)
        where found.title != nil && (found.family?.unicodeScalars.count ?? 0) <= Self.familyPieceLimit {
            // The name ends its line, or its column (a run of spaces or the end after it).
            var after = found.range.upperBound
            while after < line.count, line[after] == " " { after += 1 }
            let endsColumn = after == line.count || (columned && after - found.range.upperBound >= 2)
            guard endsColumn else { continue }
            let token: Range<Int>?
            if nextTokens.count == 1 {
                token = nextTokens.first
            } else if columned {
                token = nextTokens.first { abs($0.lowerBound - found.range.lowerBound) <= Self.columnSlack }
            } else {
                token = nil
            }
            guard let token else { continue }
            let word = Array(next[token])
            // Not a column heading (`ผู้รับผิดชอบ`, written under the name by pdftotext).
            guard word.count >= 2, word.allSatisfy({ ThaiScript.isThai($0) && !ThaiScript.isDigit($0) }),
                  names.title(in: next, at: token.lowerBound) == nil, family.mayBeFamilyName(word),
                  !DocumentForms.shared.criteriaHeadings.contains(where: { $0.words.unicodeScalars.elementsEqual(word) })
            else { continue }
            // A short family name ending the line is its first piece (`นายธานี แสง` / `รัตน์`).
            // (Asking the dictionary about the next word, to spare a position under a whole short
            // name, lost more right joins than it saved on the benchmark's tune half: 7 → 5 of 39.)
            var name = found
            name.family = (found.family ?? "") + NameOccurrence.clean(word[...])
            guard name.family!.unicodeScalars.count <= Self.familyLimit else { continue }
            // A family name wrapped once more (`นายเอกนิติ` / `นิติทัณฑ์ประ` / `ภาศ`): joined when the
            // whole is a name government text repeats (``KnownNames``).
            if nextTokens.count == 1, index + 2 < lines.count, let third = ScalarLine.firstToken(lines[index + 2]),
               KnownNames.shared.isOfficial(given: name.given, family: name.family! + NameOccurrence.clean(lines[index + 2][third])) {
                name.family! += NameOccurrence.clean(lines[index + 2][third])
            }
            result.append(name)
        }
        return result
    }

    /// `names` (each line's names, ``NameOccurrence/withFamilyNames(in:guard:)``) with the names
    /// that narrow cells of criteria tables wrapped (`inTable[i]`: line i is inside one) read
    /// whole, on the line where they start. Lines are read without the blank ones between them
    /// (pdftotext writes one between a table's cells); line numbers stay the input's.
    func rejoining(_ names: [[NameOccurrence]], in lines: [[Unicode.Scalar]], inTable: [Bool]) -> [[NameOccurrence]] {
        var names = names
        let written = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        let writtenLines = written.map { lines[$0] }
        for (k, index) in written.enumerated().dropLast()
        where index < inTable.count && inTable[index] && written[k + 1] < inTable.count && inTable[written[k + 1]] {
            let extra = self.names(in: writtenLines, at: k).map { name -> NameOccurrence in
                var name = name
                name.line = index + 1
                return name
            }
            // A name already read whole as a known one (``KnownNames``) stands.
            let known = names[index].filter { name in
                name.family.map { KnownNames.shared.isOfficial(given: name.given, family: $0) } ?? false
            }
            let fresh = extra.filter { name in !known.contains { $0.range.overlaps(name.range) } }
            guard !fresh.isEmpty else { continue }
            let kept = names[index].filter { name in !fresh.contains { $0.range.overlaps(name.range) } }
            names[index] = (kept + fresh).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        return names
    }

    /// Whether a line is laid out in columns: it has a run of two or more spaces between words.
    static func hasColumnGap(_ line: [Unicode.Scalar]) -> Bool {
        var start = 0
        while start < line.count, line[start] == " " { start += 1 }
        var run = 0
        for scalar in line[start...] {
            if scalar == " " { run += 1 } else { if run >= 2 { return true }; run = 0 }
        }
        return false
    }
}
