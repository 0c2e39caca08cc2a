/// Splits a document's lines into regions (``DocumentRegion``) from what the other extractors
/// found: the header's lines (``HeaderExtractor/read(_:act:)``), numbered lists, tables and
/// criteria tables, signature blocks (a name in brackets with the signing phrase above it and
/// its position below; an Act's countersigner), annexes (from a line that starts with the words
/// of an annex, ``DocumentForms/annexes``, to the next document's first line) and page furniture
/// (``PageFurniture``). The rest is body. Where two claim a line, the later in this order wins:
/// body, annex, header, list, table, signature, furniture. A blank line goes with the line
/// before it (a blank line that starts the document, with the line after it).
///
/// Complexity: O(n) in the number of lines, plus ``PageFurniture``.
struct RegionReader {
    let forms: DocumentForms
    /// ``DocumentForms/annexes`` as scalars.
    let annexes: [[Unicode.Scalar]]

    init(forms: DocumentForms = .shared) {
        self.forms = forms
        annexes = forms.annexes.map { Array($0.unicodeScalars) }
    }

    /// What the reader is given: the other extractors' findings.
    struct Found {
        /// The header's lines (0-based), if the document has a header.
        var header: ClosedRange<Int>?
        var signatories: [Signatory] = []
        var tables: [Table] = []
        /// Whether each line is inside a criteria table, as ``CriteriaTables`` reads it (open until
        /// the signature), and the lines (1-based) of the criteria read from it.
        var criteria: [Bool] = []
        var criterionLines: [Int] = []
        var lists: [NumberedList] = []
    }

    /// The regions of `lines` (a text's lines; the empty one after its last line break is no line).
    func regions(of lines: [[Unicode.Scalar]], _ found: Found) -> [DocumentRegion] {
        let lines = lines.last?.isEmpty == true ? lines.dropLast() : lines[...]
        guard !lines.isEmpty else { return [] }
        var kinds = [DocumentRegion.Kind](repeating: .body, count: lines.count)
        // Each line without the whitespace around it, as a range of its scalars.
        let trimmed = lines.map { line -> ArraySlice<Unicode.Scalar> in
            var start = line.startIndex, end = line.endIndex
            while start < end, line[start].isWhitespace { start += 1 }
            while end > start, line[end - 1].isWhitespace { end -= 1 }
            return line[start..<end]
        }
        func mark(_ range: ClosedRange<Int>, _ kind: DocumentRegion.Kind) {
            let range = range.clamped(to: 0...(lines.count - 1))
            for index in range { kinds[index] = kind }
        }
        // Annexes: from their first line to the next document's first line (a kind word).
        var inAnnex = false
        for (index, line) in trimmed.enumerated() {
            if annexes.contains(where: { word in
                guard !line.starts(with: word) else { return true }
                guard !line.isEmpty, word.starts(with: line) else { return false }
                // The words broken over two lines (`หมายเหตุ` / `:- เหตุผล…`).
                let next = trimmed[(index + 1)..<min(index + 3, trimmed.count)].first { !$0.isEmpty } ?? []
                return (Array(line) + [" "] + next).starts(with: word)
            }) {
                inAnnex = true
            } else if inAnnex, !line.isEmpty, forms.kind(of: String(scalars: line)) != nil {
                inAnnex = false
            }
            if inAnnex { kinds[index] = .annex }
        }
        if let header = found.header { mark(header, .header) }
        for list in found.lists {
            if let first = list.items.first?.line, let last = list.items.last?.line { mark((first - 1)...(last - 1), .list) }
        }
        for table in found.tables where !table.rows.isEmpty {
            mark((table.line - 1)...(table.line + table.rows.count - 2), .table)
        }
        // A criteria table: from its heading to its last row with a criterion or tabs.
        var runStart: Int?
        let rows = Set(found.criterionLines.map { $0 - 1 })
        for index in 0...lines.count {
            let inside = index < lines.count && index < found.criteria.count && found.criteria[index]
            if inside, runStart == nil { runStart = index }
            guard !inside, let start = runStart else { continue }
            runStart = nil
            if let last = (start..<index).last(where: { rows.contains($0) || lines[$0].contains("\t") }) {
                mark(start...last, .table)
            }
        }
        for signatory in found.signatories {
            let block = signatureBlock(signatory, trimmed)
            mark(block, .signature)
        }
        for index in PageFurniture.lines(in: Array(lines), tables: found.tables) { kinds[index] = .furniture }
        // Blank lines go with the line before them.
        var previous: DocumentRegion.Kind?
        for index in kinds.indices {
            if trimmed[index].isEmpty {
                if let previous { kinds[index] = previous }
            } else {
                previous = kinds[index]
            }
        }
        if let first = trimmed.firstIndex(where: { !$0.isEmpty }) {
            for index in 0..<first { kinds[index] = kinds[first] }
        }
        var regions: [DocumentRegion] = []
        for (index, kind) in kinds.enumerated() {
            if let last = regions.last, last.kind == kind {
                regions[regions.count - 1].endLine = index + 1
            } else {
                regions.append(DocumentRegion(kind: kind, line: index + 1, endLine: index + 1))
            }
        }
        return regions
    }

    /// A signature block's lines (0-based): the name's line, the signing phrase or countersign
    /// words up to ``signatureReach`` lines with text above it, the position on the next line with
    /// text and a date (`วันที่ …`) right under that.
    func signatureBlock(_ signatory: Signatory, _ trimmed: [ArraySlice<Unicode.Scalar>]) -> ClosedRange<Int> {
        let name = signatory.line - 1
        var start = name, end = name
        var above = name - 1, seen = 0
        while above >= 0, seen < Self.signatureReach {
            if !trimmed[above].isEmpty {
                seen += 1
                let line = String(scalars: trimmed[above])
                if forms.isSigned(line) || forms.countersigns.contains(where: { line.hasPrefix($0) }) {
                    start = above
                    break
                }
            }
            above -= 1
        }
        func nextWithText(after index: Int) -> Int? {
            var next = index + 1
            while next < trimmed.count, trimmed[next].isEmpty, next - index < 3 { next += 1 }
            return next < trimmed.count && !trimmed[next].isEmpty ? next : nil
        }
        if signatory.position != nil, let position = nextWithText(after: name) {
            end = position
            if let date = nextWithText(after: position), trimmed[date].starts(with: forms.label(of: .date).unicodeScalars) { end = date }
        }
        return start...end
    }

    /// The most lines with text between a signing phrase and the name signed under it
    /// (`สั่ง ณ วันที่ …`, a blank for the signature, `(นายสมชาย ใจดี)`).
    static let signatureReach = 3
}
