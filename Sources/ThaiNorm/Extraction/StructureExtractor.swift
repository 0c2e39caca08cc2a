import Foundation

/// Extracts a document's structure (``DocumentStructure``) from its text:
/// the one place that says which extractor reads what.
///
/// The text should be normalized first (``Normalizer``); `thainorm extract`
/// does that unless told not to.
///
/// ```swift
/// let structure = StructureExtractor().extract(normalizedText)
/// structure.header.kind   // .order
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct StructureExtractor: Sendable {
    public init() {}

    public func extract(_ text: String) -> DocumentStructure {
        // Decoded once: the lines as scalars, and as strings made from them.
        let scalars = Lines.scalarLines(text).lines
        let lines = scalars.map { String(scalars: $0) }
        let act = ActSignatures.shared.read(lines)
        var (header, headerLines) = HeaderExtractor().read(lines, act: act)
        // Dates in Thai digits an OCR model without `๔ ๖ ๗ ๘ ๙` misread, read from the document's others.
        let found = ThaiDateParser().dates(inLines: scalars)
        let misread = MisreadDigitDates(lines: scalars, dates: found)
        // What cannot be read again keeps a caution: which of its digits may be which.
        func cautioned(_ date: DateMention) -> DateMention {
            var date = date
            if date.problem == nil { date.problem = misread.caution(for: date.text) }
            return date
        }
        header.date = header.date.map { cautioned(misread.read($0)) }
        let dates = YearPlausibility.review(found.map(misread.read), isAct: act.isAct).map(cautioned)
        // Where the criteria tables are, read once for names, criteria and the lists outside them.
        let layouts = CriteriaTables().layouts(in: lines)
        // Names with a family name, found once per line and shared by people, positions and
        // criteria; a name a narrow table cell wrapped is read whole.
        var names = WrappedCellNames().rejoining(NameOccurrence.withFamilyNames(in: scalars), in: scalars,
                                                 inTable: layouts.map { $0 != nil })
        // In a table laid out in columns, a name read down its column (whole, on the line of its
        // title) stands for what the lines it was read from held there.
        let columned = LayoutColumns().readSkippingBlanks(scalars, layouts: layouts)
        for (line, ranges) in columned.readRanges {
            names[line].removeAll { name in ranges.contains { $0.overlaps(name.range) } }
        }
        for (line, assignees) in columned.byLine {
            names[line] = (names[line] + assignees.map(\.name)).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        // An Act's King, regents and countersigner (no title, often no family name), in line order.
        let mentioned = (names.flatMap { $0 } + act.people).enumerated().sorted {
            ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
        }.map(\.element)
        let people = PeopleExtractor().people(from: mentioned, positions: positions(in: scalars, names: names, header: header,
                                                                                  countersigner: act.countersigner))
        let canonical = PeopleExtractor.canonicalNames(people)
        let tableExtractor = TableExtractor()
        let tables = tableExtractor.tables(in: lines)
        let criteria = CriteriaExtractor().criteria(in: lines, names: names, canonical: canonical, layouts: layouts,
                                                    columned: columned)
            + tableExtractor.levels(in: tables)
        let lists = ListExtractor().lists(in: lines, criteria: layouts.map { $0 != nil })
        let amounts = AmountExtractor.shared.amounts(in: lines).map { amount -> Amount in
            var amount = amount
            amount.problem = misread.caution(for: amount.text)
            return amount
        }
        let regions = RegionReader().regions(of: scalars, RegionReader.Found(
            header: headerLines, signatories: header.signatories + (act.countersigner.map { [$0] } ?? []),
            tables: tables, criteria: layouts.map { $0 != nil }, criterionLines: criteria.map(\.line), lists: lists))
        return DocumentStructure(header: header, dates: dates, people: people, amounts: amounts, criteria: criteria, lists: lists,
                                 tables: tables, regions: regions)
    }

    /// Positions written with names: a signatory's (or an Act's countersigner's) position line, and `ตำแหน่ง …` (``DocumentForms``) after a name.
    func positions(in lines: [[Unicode.Scalar]], names: [[NameOccurrence]], header: Header,
                   countersigner: Signatory? = nil) -> [String: [String]] {
        var result: [String: [String]] = [:]
        func add(_ name: String, _ position: String) {
            let position = position.trimmingSpaces
            guard !position.isEmpty, !(result[name]?.contains(position) ?? false) else { return }
            result[name, default: []].append(position)
        }
        for signatory in header.signatories + (countersigner.map { [$0] } ?? []) {
            if let position = signatory.position { add(signatory.family.map { "\(signatory.given) \($0)" } ?? signatory.given, position) }
        }
        let label = DocumentForms.shared.label(of: .position)
        let marker = Array(label.unicodeScalars)
        for (index, scalars) in lines.enumerated() where !names[index].isEmpty && scalars.firstRange(of: marker) != nil {
            let found = names[index]
            for (k, name) in found.enumerated() {
                let after = String(scalars: scalars[name.range.upperBound..<(k + 1 < found.count ? found[k + 1].range.lowerBound : scalars.count)])
                guard let marker = after.range(of: label) else { continue }
                add("\(name.given) \(name.family!)", String(after[marker.upperBound...]))
            }
        }
        return result
    }

    /// The structure as JSON (``JSONFormat``).
    public static func json(_ structure: DocumentStructure) throws -> Data {
        try JSONFormat.data(structure)
    }
}
