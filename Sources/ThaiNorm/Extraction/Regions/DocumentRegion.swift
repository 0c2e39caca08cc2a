/// A run of a document's lines that plays one part in it: the header, the body, a numbered
/// list, a table, a signature block, an annex, or page furniture (page numbers, running heads
/// and column headings repeated on every page). The regions of a document cover every line
/// once, in order (``RegionReader``).
///
/// ```swift
/// StructureExtractor().extract("คำสั่งกรมทดสอบ\nที่ ๑/๒๕๖๗\nเรื่อง ทดสอบ\nให้ดำเนินการ\n(นายสมชาย ใจดี)\nอธิบดี").regions
/// // header 1–3, body 4, signature 5–6
/// ```
public struct DocumentRegion: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case header, body, list, table, signature, annex, furniture
    }

    public var kind: Kind
    /// The first line (1-based).
    public var line: Int
    /// The last line (1-based, at least `line`).
    public var endLine: Int

    public init(kind: Kind, line: Int, endLine: Int) {
        self.kind = kind
        self.line = line
        self.endLine = endLine
    }

    enum CodingKeys: String, CodingKey {
        case kind, line
        case endLine = "end_line"
    }
}
