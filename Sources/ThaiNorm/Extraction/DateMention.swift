/// A date found in a document, as extraction reports it.
///
/// `iso` is ISO 8601 to the written precision (`2023-11-13`, `2023-12`,
/// `2023`); ranges and fiscal years also have `end_iso`. A date that cannot
/// exist has no `iso` and says why in `problem`.
public struct DateMention: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case date
        case range
        case fiscalYear = "fiscal_year"
    }

    public var text: String
    public var line: Int
    public var iso: String?
    public var precision: ThaiDate.Precision?
    public var endIso: String?
    public var kind: Kind
    public var problem: String?

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
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(line, forKey: .line)
        try container.encode(iso, forKey: .iso)
        try container.encode(precision, forKey: .precision)
        try container.encode(endIso, forKey: .endIso)
        try container.encode(kind, forKey: .kind)
        try container.encode(problem, forKey: .problem)
    }
}
