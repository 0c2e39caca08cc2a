/// What `thainorm extract` reports about a document: its header, dates,
/// people, sums of money, numbered criteria, other numbered lists, tables and the regions its
/// lines fall into. Encoded as JSON with snake_case
/// keys in sorted order (see `Sources/ThaiNorm/Extraction/structure.schema.json`).
public struct DocumentStructure: Sendable, Equatable, Codable {
    /// Version of the JSON layout; bumped when a field changes meaning.
    /// 2: `amounts` added; 4: `lists`; 6: `regions`; 7: amounts' `problem` (docs/structure.md, changelog).
    public var version = 7
    public var header: Header
    public var dates: [DateMention]
    public var people: [Person]
    public var amounts: [Amount]
    public var criteria: [Criterion]
    /// Numbered lists outside the criteria tables.
    public var lists: [NumberedList]
    public var tables: [Table]
    /// Every line in one region, in order: header, body, lists, tables, signature blocks, annexes, page furniture.
    public var regions: [DocumentRegion]

    public init(header: Header = Header(), dates: [DateMention] = [], people: [Person] = [], amounts: [Amount] = [],
                criteria: [Criterion] = [], lists: [NumberedList] = [], tables: [Table] = [], regions: [DocumentRegion] = []) {
        self.header = header
        self.dates = dates
        self.people = people
        self.amounts = amounts
        self.criteria = criteria
        self.lists = lists
        self.tables = tables
        self.regions = regions
    }
}

/// A sum of money: the number as written (`6,800 ล้านบาท` → 6800), its unit as written, and
/// the sum in baht where the unit is the baht or a multiple of it (nil for a foreign currency).
public struct Amount: Sendable, Equatable, Codable {
    /// The amount as written: the number and its unit, or a table cell.
    public var text: String
    public var line: Int
    /// The line where the amount ends when a line break cuts it (`text` holds a space there).
    @ExplicitNull public var endLine: Int?
    public var value: Double
    public var unit: String
    @ExplicitNull public var baht: Double?
    /// Why the number may not be what was printed (Thai digits an OCR model without some of them
    /// read: ``MisreadDigitDates``); nil when nothing is known against it.
    @ExplicitNull public var problem: String?

    public init(text: String, line: Int, endLine: Int? = nil, value: Double, unit: String, baht: Double?, problem: String? = nil) {
        self.text = text
        self.line = line
        self.endLine = endLine
        self.value = value
        self.unit = unit
        self.baht = baht
        self.problem = problem
    }

    enum CodingKeys: String, CodingKey {
        case text, line, value, unit, baht, problem
        case endLine = "end_line"
    }
}

/// The document's header: what it is, who issued it, its number, subject, addressee, date,
/// who signed it, and the orders it refers to.
public struct Header: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case order, memo, announcement, assessment, plan, act, unknown
    }

    public var kind: Kind = .unknown
    @ExplicitNull public var issuer: String?
    @ExplicitNull public var number: String?
    @ExplicitNull public var subject: String?
    @ExplicitNull public var to: String?
    @ExplicitNull public var date: DateMention?
    public var signatories: [Signatory] = []
    public var referencedOrders: [OrderReference] = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case kind, issuer, number, subject, to, date, signatories
        case referencedOrders = "referenced_orders"
    }

}

/// A name in a signature block, with the position written under it.
public struct Signatory: Sendable, Equatable, Codable {
    public var text: String
    public var line: Int
    @ExplicitNull public var title: String?
    public var given: String
    @ExplicitNull public var family: String?
    @ExplicitNull public var position: String?

}

/// An order the document refers to: `คำสั่งสำนักงานคลังจังหวัดพะเยา ที่ ๒๓/ ๒๕๖๖ ลงวันที่ ๑๓ พฤศจิกายน ๒๕๖๖`.
public struct OrderReference: Sendable, Equatable, Codable {
    public var text: String
    public var line: Int
    @ExplicitNull public var issuer: String?
    @ExplicitNull public var number: String?
    @ExplicitNull public var iso: String?

}

/// One person, however many times and spellings the document names them.
public struct Person: Sendable, Equatable, Codable {
    @ExplicitNull public var title: String?
    public var given: String
    @ExplicitNull public var family: String?
    public var positions: [String]
    /// Every line (1-based) where the person is named.
    public var lines: [Int]
    /// Other spellings of the name found in the document (OCR variants merged into this person).
    public var variants: [String]

    /// `given family`, the form criteria use.
    public var fullName: String { family.map { "\(given) \($0)" } ?? given }

}

/// A numbered item of a criteria list or table.
public struct Criterion: Sendable, Equatable, Codable {
    public enum Level: String, Sendable, Codable {
        case basic, advanced
    }

    /// The number in Arabic digits (`2.5.1`).
    public var id: String
    /// The number as printed (`๒.๕.๑`, `ระดับที่ ๓`).
    public var idText: String
    @ExplicitNull public var parent: String?
    @ExplicitNull public var level: Level?
    @ExplicitNull public var points: Double?
    public var text: String
    public var supervisors: [String]
    public var responsible: [String]
    /// The heading of the part of the document the item belongs to.
    @ExplicitNull public var part: String?
    public var line: Int

    enum CodingKeys: String, CodingKey {
        case id, parent, level, points, text, supervisors, responsible, part, line
        case idText = "id_text"
    }

}

/// A tab-separated table, its cells as clean text (HTML fragments removed).
public struct Table: Sendable, Equatable, Codable {
    /// The line (1-based) of its first row.
    public var line: Int
    public var rows: [[String]]
    /// Each cell's number (`๒๒,๐๐๐` → 22000; null for a cell that is not only a number), row by row.
    public var numbers: [[Double?]]
    /// Each total row's sums, checked against the rows above it (``TableTotals``).
    public var totals: [TableTotal]

    public init(line: Int, rows: [[String]], numbers: [[Double?]] = [], totals: [TableTotal] = []) {
        self.line = line
        self.rows = rows
        self.numbers = numbers
        self.totals = totals
    }
}

/// A total in a table (`รวม  ๔๑,๖๕๐,๑๔๙`) and the sum of the rows it totals: `problem` says
/// when they differ (a figure misread by OCR, mistyped, or rows rounded).
public struct TableTotal: Sendable, Equatable, Codable {
    /// The line (1-based) of the total row.
    public var line: Int
    /// The column (0-based) the total is in, counted in the table's widest row.
    public var column: Int
    /// The total as written in the table.
    public var value: Double
    /// The sum of the numbers of that column in the rows it totals.
    public var sum: Double
    /// How many numbers were added.
    public var count: Int
    @ExplicitNull public var problem: String?

    public init(line: Int, column: Int, value: Double, sum: Double, count: Int, problem: String? = nil) {
        self.line = line
        self.column = column
        self.value = value
        self.sum = sum
        self.count = count
        self.problem = problem
    }
}
