/// The people an Act names where it is enacted and signed, which have no
/// title and often no family name: the King (in his style,
/// `พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช`, and his signature
/// `ภูมิพลอดุลยเดช ป.ร.`; `mappings/royal-names.tsv`), the regents who signed
/// for him (the short lines of the royal signature block, before `ให้ไว้ ณ
/// วันที่`), and the minister who countersigns (the line after
/// `ผู้รับสนองพระบรมราชโองการ`, the position on the next).
///
/// The words of these forms are in `mappings/document-forms.tsv`
/// (``DocumentForms``: royal formulas, style, cipher, countersign). Only a
/// document with a royal formula (`ในรัชกาลปัจจุบัน`) or a countersignature is
/// read as an Act.
///
/// ```swift
/// let act = ["ภูมิพลอดุลยเดช ป.ร.", "ให้ไว้ ณ วันที่ ๑ ธันวาคม พ.ศ. ๒๕๓๐", "เป็นปีที่ ๔๒ ในรัชกาลปัจจุบัน",
///            "ผู้รับสนองพระบรมราชโองการ", "พลเอก ป. ติณสูลานนท์", "นายกรัฐมนตรี"]
/// ActSignatures.shared.read(act).people.map(\.given)   // ["ภูมิพลอดุลยเดช", "ป."]
/// ```
///
/// Complexity: O(n) in the text's length.
public struct ActSignatures: Sendable {
    public static let shared: ActSignatures = MappingTable.required { () throws(MappingTable.Failure) in
        try ActSignatures(file: "royal-names.tsv", forms: .shared, names: .shared, family: .shared)
    }

    /// Names as written after the royal style, longest first, and the name reported.
    let royalNames: [(written: String, reported: String)]
    let forms: DocumentForms
    let names: NameGuard
    let family: FamilyNameTest

    public init(file: String, forms: DocumentForms, names: NameGuard, family: FamilyNameTest) throws(MappingTable.Failure) {
        var royal: [(String, String)] = []
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(file: file, line: line, reason: "expected NAME AS WRITTEN<TAB>NAME REPORTED")
            }
            royal.append((String(fields[0]), String(fields[1])))
        }
        royalNames = royal.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
        self.forms = forms
        self.names = names
        self.family = family
    }

    /// What an Act's signatures give.
    public struct Found: Sendable, Equatable {
        /// Whether the text has a royal formula: it is (part of) an Act.
        public var isAct = false
        /// The King, regents and countersigner, once per line they are named on.
        public var people: [NameOccurrence] = []
        /// The minister who countersigns, with the position on the line after.
        public var countersigner: Signatory?
    }

    /// The section headings (``DocumentForms/actSections``) that make a text an Act without its
    /// royal formula or countersignature: a passage from the middle of one.
    static let sectionsOfAnAct = 2

    /// Whether ``sectionsOfAnAct`` lines or more head a section of a law: the words and a number
    /// (`มาตรา ๑๐ ให้…`), or the words alone with the number on the next line (`มาตรา` / `๑๐`).
    func hasSections(_ trimmed: [String]) -> Bool {
        let words = forms.actSections.map { Array($0.unicodeScalars) }
        var count = 0
        for (index, line) in trimmed.enumerated() {
            let scalars = line.unicodeScalars
            guard let word = words.first(where: { scalars.starts(with: $0) }) else { continue }
            let rest = scalars.dropFirst(word.count).drop { $0.isWhitespace }
            let number = rest.isEmpty && index + 1 < trimmed.count ? trimmed[index + 1].unicodeScalars[...] : rest
            if let first = number.first, ItemNumber.digitValue(first) != nil { count += 1 }
            if count >= Self.sectionsOfAnAct { return true }
        }
        return false
    }

    public func read(_ lines: [String]) -> Found {
        var found = Found()
        let trimmed = lines.map(\.trimmingSpaces)
        found.isAct = trimmed.contains { line in
            forms.royalFormulas.contains { line.containsScalars($0) } || forms.countersigns.contains { line.hasPrefix($0) }
        } || hasSections(trimmed)
        guard found.isAct else { return found }
        for (index, line) in trimmed.enumerated() {
            if let king = king(in: line, line: index + 1) { found.people.append(king) }
        }
        found.people += regents(trimmed)
        if let (person, signatory) = countersigner(trimmed) {
            found.people.append(person)
            found.countersigner = signatory
        }
        return found
    }

    /// The King named in `line`: his signature (`NAME ป.ร.`) or a word that starts with the
    /// royal style and holds a listed name.
    func king(in line: String, line number: Int) -> NameOccurrence? {
        for cipher in forms.royalCiphers where line.hasSuffix(cipher) {
            let name = String(line.dropLast(cipher.count)).trimmingSpaces
            if let royal = royalNames.first(where: { $0.written == name }) {
                return NameOccurrence(title: nil, given: royal.reported, family: nil, line: number, range: 0..<line.unicodeScalars.count)
            }
        }
        guard forms.royalStyles.contains(where: { line.containsScalars($0) }) else { return nil }
        for word in line.split(separator: " ") where forms.royalStyles.contains(where: { word.hasPrefix($0) }) {
            if let royal = royalNames.first(where: { String(word).containsScalars($0.written) }) {
                return NameOccurrence(title: nil, given: royal.reported, family: nil, line: number, range: 0..<line.unicodeScalars.count)
            }
        }
        return nil
    }

    /// The names in the royal signature block: the lines before the first signing date
    /// (`ให้ไว้ ณ`, `ตราไว้ ณ`) that are one or two words of Thai letters (after a title, or
    /// under a title alone on the line above) and no formula, date or sentence.
    func regents(_ lines: [String]) -> [NameOccurrence] {
        guard let end = lines.prefix(HeaderExtractor.headLines).firstIndex(where: { line in
            forms.isSigned(line)
        }) else { return [] }
        // The block starts after the Act's title (the kind word's line to the line with its year).
        var start = 0
        if let title = lines.prefix(end).firstIndex(where: { forms.kind(of: $0) != nil }),
           let year = lines[title..<end].indices.filter({ !lines[$0].isEmpty }).prefix(5)
               .first(where: { lines[$0].contains(where: \.isNumber) }) {
            start = year + 1
        }
        var result: [NameOccurrence] = []
        var pendingTitle: String?
        for index in start..<max(start, end) {
            let line = lines[index]
            let scalars = Array(line.unicodeScalars)
            let alone = NameOccurrence.titleAlone(scalars, guard: names)
            defer { if alone == nil { pendingTitle = nil } }
            guard !line.isEmpty, !isFormula(line) else { continue }
            // The King's name, and the rest of it on the next line (`สมเด็จพระเจ้าอยู่หัวมหาวชิราลงกรณ` /
            // `บดินทรเทพยวรางกูร`): he is read by ``king(in:line:)``.
            if king(in: line, line: index + 1) != nil || (index > 0 && king(in: lines[index - 1], line: index) != nil) { continue }
            if let royal = royalNames.first(where: { $0.written == line }) {
                result.append(NameOccurrence(title: nil, given: royal.reported, family: nil, line: index + 1, range: 0..<scalars.count))
                continue
            }
            if let title = alone {
                pendingTitle = title
                continue
            }
            if let named = NameOccurrence.all(in: scalars, line: index + 1, guard: names).first, named.range.lowerBound == 0 {
                result.append(named)
            } else if let person = bareName(scalars, title: pendingTitle, line: index + 1, capped: true) {
                result.append(person)
            }
        }
        return result
    }

    /// The countersignature: the name on the line after `ผู้รับสนองพระบรมราชโองการ` (a title
    /// alone may stand on a line of its own before it), the position on the line after.
    func countersigner(_ lines: [String]) -> (NameOccurrence, Signatory)? {
        guard let phrase = lines.firstIndex(where: { line in forms.countersigns.contains { line.hasPrefix($0) } }) else { return nil }
        var index = phrase + 1
        func skipBlank() { while index < lines.count, lines[index].isEmpty { index += 1 } }
        skipBlank()
        guard index < lines.count else { return nil }
        var title: String?
        if let alone = NameOccurrence.titleAlone(Array(lines[index].unicodeScalars), guard: names) {
            title = alone
            index += 1
            skipBlank()
        }
        guard index < lines.count, !isFormula(lines[index]) else { return nil }
        let scalars = Array(lines[index].unicodeScalars)
        let person: NameOccurrence
        if title == nil, let named = NameOccurrence.all(in: scalars, line: index + 1, guard: names).first, named.range.lowerBound == 0 {
            person = named
        } else if let bare = bareName(scalars, title: title, line: index + 1) {
            person = bare
        } else {
            return nil
        }
        let nameLine = index
        index += 1
        skipBlank()
        let position = index < lines.count && !isFormula(lines[index]) && !lines[index].contains(where: \.isNumber)
            ? lines[index] : nil
        let signatory = Signatory(text: lines[nameLine], line: nameLine + 1, title: person.title, given: person.given,
                                  family: person.family, position: position)
        return (person, signatory)
    }

    /// One or two words of Thai letters that can be a name: a given name (or an initial, `ส.`)
    /// and a family name, neither a function word, each starting as a Thai word can (not with a
    /// mark: `ูัวมหาวชิราลงกรณ` is a line PDF extraction cut). Where nothing but the words
    /// say it is a name (`capped`: a regent's line), no word is longer than the longest listed
    /// name (`สมเด็จพระเจ้าอยู่ห้วมหาวชิราลงกรณ`, the King's style as OCR misread it, is no
    /// regent; the countersigner's line is one by its place: `พระยานิติศาสตร์ไพศาลย์`).
    func bareName(_ line: [Unicode.Scalar], title: String?, line number: Int, capped: Bool = false) -> NameOccurrence? {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard (1...2).contains(words.count) else { return nil }
        var parts: [String] = []
        for (position, word) in words.enumerated() {
            let isInitial = position == 0 && words.count == 2 && NameOccurrence.isInitial(word)
            guard let first = word.first, !ThaiScript.cannotStartWord(first),
                  !capped || word.count <= names.personNameLengths.upperBound else { return nil }
            guard isInitial || (word.count >= 2 && NameOccurrence.isName(word)),
                  isInitial || family.mayBeFamilyName(Array(word)), !family.containsFunctionWord(Array(word))
            else { return nil }
            parts.append(String(scalars: word))
        }
        return NameOccurrence(title: title, given: parts[0], family: parts.count > 1 ? parts[1] : nil, line: number,
                              range: 0..<line.count)
    }

    /// A line of the Act's forms, not a name: a royal formula, a kind of document, a signing
    /// phrase, a countersignature, the royal cipher.
    func isFormula(_ line: String) -> Bool {
        forms.royalFormulas.contains { line.containsScalars($0) } || forms.actFurniture.contains { line.containsScalars($0) }
            || forms.kind(of: line) != nil
            || forms.isSigned(line) || forms.countersigns.contains { line.hasPrefix($0) }
            || forms.royalCiphers.contains { line.containsScalars($0) }
    }
}
