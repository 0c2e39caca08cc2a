/// A date found in a document, as extraction reports it.
///
/// `iso` is ISO 8601 to the written precision (`2023-11-13`, `2023-12`,
/// `2023`); ranges and fiscal years also have `end_iso`. A date that cannot
/// exist has no `iso` and says why in `problem`. A date a line break cuts is
/// reported on the line where it starts, with `endLine`.
public struct DateMention: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case date
        case range
        case fiscalYear = "fiscal_year"
    }

    public var text: String
    public var line: Int
    /// The line where the date ends when a line break cuts it (`text` holds a space there); nil
    /// for a date on one line.
    @ExplicitNull public var endLine: Int?
    @ExplicitNull public var iso: String?
    @ExplicitNull public var precision: ThaiDate.Precision?
    @ExplicitNull public var endIso: String?
    public var kind: Kind
    @ExplicitNull public var problem: String?

    public init(text: String, line: Int, iso: String? = nil, precision: ThaiDate.Precision? = nil, endIso: String? = nil,
                kind: Kind = .date, problem: String? = nil) {
        self.text = text
        self.line = line
        self.iso = iso
        self.precision = precision
        self.endIso = endIso
        self.kind = kind
        self.problem = problem
    }

    enum CodingKeys: String, CodingKey {
        case text, line, iso, precision, kind, problem
        case endIso = "end_iso"
        case endLine = "end_line"
    }
}
