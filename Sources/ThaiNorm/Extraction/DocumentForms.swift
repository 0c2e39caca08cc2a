/// The words that mark the parts of a Thai official document
/// (`mappings/document-forms.tsv`): kinds, header field labels, signing
/// phrases, the page furniture of criteria tables and the forms of an Act
/// (royal formulas, the royal style and cipher, the countersignature).
///
/// ```swift
/// let forms = DocumentForms.shared
/// forms.kind(of: "คำสั่งสำนักงานเขตพื้นที่")   // (.order, "คำสั่ง")
/// forms.label(of: .subject)                     // "เรื่อง"
/// ```
///
/// Complexity: lookups are linear in the (short) lists.
public struct DocumentForms: Sendable {
    public static let shared: DocumentForms = MappingTable.required { () throws(MappingTable.Failure) in
        try DocumentForms(file: "document-forms.tsv")
    }

    /// A field with a label: the header's, and a person's position (`ตำแหน่ง`).
    public enum Field: String, Sendable, CaseIterable {
        case issuer, number, subject, to, date, position
    }

    /// Words that start a document of a kind, longest first.
    public let kinds: [(words: String, kind: Header.Kind)]
    /// The label of each header field (the first the file gives).
    public let labels: [Field: String]
    /// Every label of each header field (`ส่วนราชการ`, `หน่วยงาน` for the issuer), in file order.
    public let allLabels: [Field: [String]]
    /// Words that end a subject running over several lines.
    public let fieldEnds: [String]
    /// Words that start the line with the signing date (`สั่ง ณ`).
    public let signingPhrases: [String]
    /// ``signingPhrases`` without their tone marks, as ``isSigned(_:)`` compares them.
    let signingAsideTones: [[Unicode.Scalar]]
    /// Words that start a criteria table's page furniture.
    public let tableFurniture: [String]
    /// Column headings of a criteria table, each with its column (`ตัวชี้วัด` → criterion,
    /// `ผู้รับผิดชอบ` → responsible): a row of two or more columns opens a criteria table
    /// (``CriteriaTables``).
    public let criteriaHeadings: [(words: String, column: String)]
    /// Words and markers that give a criterion's level (`พื้นฐาน` → basic, `◎` → advanced), longest first.
    public let criteriaLevels: [(words: String, level: Criterion.Level)]
    /// Words that start a part's heading inside a criteria table (`ส่วนที่`).
    public let criteriaParts: [String]
    /// Words of a table row that totals the rows above it (`รวม`, `รวมทั้งสิ้น`), longest first.
    public let tableTotals: [String]
    /// Words of the King's promulgation of a law (`ในรัชกาลปัจจุบัน`): a document with them is an Act.
    public let royalFormulas: [String]
    /// Words of an Act's formulas that are no names (`พระบรมราชโองการ`), and do not make an Act.
    public let actFurniture: [String]
    /// Words that start the King's style before his name (`พระบาทสมเด็จพระ`).
    public let royalStyles: [String]
    /// Words after the King's name in his signature (`ป.ร.`).
    public let royalCiphers: [String]
    /// Words of the line before a countersignature (`ผู้รับสนองพระบรมราชโองการ`).
    public let countersigns: [String]
    /// Words that start a release's first line when it is its dateline (`วัน`).
    public let datelines: [String]
    /// Words that number a section of a law (`มาตรา`, ``ActSignatures``).
    public let actSections: [String]
    /// Words that start an annex: a law's note of reasons (`หมายเหตุ :-`), `ภาคผนวก`, a list
    /// attached to a law (`บัญชีแนบท้าย`), attachments (`เอกสารแนบ`).
    public let annexes: [String]

    public init(file: String) throws(MappingTable.Failure) {
        var kinds: [(String, Header.Kind)] = []
        var labels: [Field: String] = [:], allLabels: [Field: [String]] = [:]
        var fieldEnds: [String] = [], signing: [String] = [], furniture: [String] = []
        var headings: [(String, String)] = []
        var levels: [(String, Criterion.Level)] = [], parts: [String] = [], totals: [String] = []
        var annexes: [String] = [], sections: [String] = []
        var datelines: [String] = [], formulas: [String] = [], actFurniture: [String] = [], styles: [String] = [], ciphers: [String] = [], countersigns: [String] = []
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count >= 2, !fields[1].isEmpty else {
                throw .malformed(file: file, line: line, reason: "expected ROLE, WORDS[, VALUE]")
            }
            let words = String(fields[1])
            let value = fields.count > 2 ? String(fields[2]) : ""
            switch fields[0] {
            case "kind":
                guard let kind = Header.Kind(rawValue: value) else {
                    throw .malformed(file: file, line: line, reason: "unknown kind '\(value)'")
                }
                kinds.append((words, kind))
            case "field":
                guard let field = Field(rawValue: value) else {
                    throw .malformed(file: file, line: line, reason: "unknown field '\(value)'")
                }
                if labels[field] == nil { labels[field] = words }
                allLabels[field, default: []].append(words)
            case "field-end": fieldEnds.append(words)
            case "signed": signing.append(words)
            case "table-furniture": furniture.append(words)
            case "royal-formula": formulas.append(words)
            case "dateline": datelines.append(words)
            case "annex": annexes.append(words)
            case "act-section": sections.append(words)
            case "act-furniture": actFurniture.append(words)
            case "royal-style": styles.append(words)
            case "royal-cipher": ciphers.append(words)
            case "countersign": countersigns.append(words)
            case "criteria-heading":
                guard !value.isEmpty else {
                    throw .malformed(file: file, line: line, reason: "a criteria heading needs its column")
                }
                headings.append((words, value))
            case "criteria-level":
                guard let level = Criterion.Level(rawValue: value) else {
                    throw .malformed(file: file, line: line, reason: "unknown level '\(value)'")
                }
                levels.append((words, level))
            case "criteria-part": parts.append(words)
            case "table-total": totals.append(words)
            default:
                throw .malformed(file: file, line: line, reason: "unknown role '\(fields[0])'")
            }
        }
        if let missing = Field.allCases.first(where: { labels[$0] == nil }) {
            throw .malformed(file: file, line: 0, reason: "no label for the field '\(missing.rawValue)'")
        }
        // Longest words first (file order among equals): a longer kind word is never taken for a shorter one.
        self.kinds = kinds.enumerated().sorted {
            ($1.element.0.unicodeScalars.count, $0.offset) < ($0.element.0.unicodeScalars.count, $1.offset)
        }.map(\.element)
        self.labels = labels
        self.allLabels = allLabels
        self.fieldEnds = fieldEnds
        self.signingPhrases = signing
        signingAsideTones = signing.map { $0.unicodeScalars.filter { ThaiScript.kind(of: $0) != .tone } }
        self.tableFurniture = furniture
        royalFormulas = formulas
        self.datelines = datelines
        self.annexes = annexes
        actSections = sections
        self.actFurniture = actFurniture
        royalStyles = styles
        royalCiphers = ciphers
        self.countersigns = countersigns
        // Longest words first: `ข้อที่` is read before `ข้อ`.
        self.criteriaHeadings = headings.enumerated().sorted {
            ($1.element.0.unicodeScalars.count, $0.offset) < ($0.element.0.unicodeScalars.count, $1.offset)
        }.map(\.element)
        self.criteriaLevels = levels.enumerated().sorted {
            ($1.element.0.unicodeScalars.count, $0.offset) < ($0.element.0.unicodeScalars.count, $1.offset)
        }.map(\.element)
        self.criteriaParts = parts
        tableTotals = totals.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    }

    /// The kind a line starting a document gives, with the words that gave it.
    public func kind(of line: String) -> (kind: Header.Kind, words: String)? {
        kinds.first { line.hasPrefix($0.words) }.map { ($0.kind, $0.words) }
    }

    /// Whether `line` starts with a signing phrase (``signingPhrases``), its tone marks aside:
    /// OCR drops or swaps them (`สัง ณ วันที่`, `สั้ง ณ วันที่` for `สั่ง ณ วันที่`), and no
    /// phrase is another's with other tone marks.
    ///
    /// ```swift
    /// DocumentForms.shared.isSigned("สั้ง ณ วันที่ ๒๑ กรกฎาคม พ.ศ. ๒๕๖๕")   // true
    /// ```
    ///
    /// Complexity: O(p) in the length of the phrases.
    public func isSigned(_ line: String) -> Bool {
        let start = line.unicodeScalars.lazy.filter { ThaiScript.kind(of: $0) != .tone }
        return signingAsideTones.contains { start.starts(with: $0) }
    }

    /// The label of `field` (`เรื่อง` for the subject).
    public func label(of field: Field) -> String { labels[field] ?? "" }

    /// Every label of `field`.
    public func labels(of field: Field) -> [String] { allLabels[field] ?? [] }
}
