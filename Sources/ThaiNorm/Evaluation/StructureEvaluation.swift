import Foundation

/// Compares an extraction with a reference structure (both as JSON):
/// F1 of people (title + given + family), of dates (line + ISO value) and of
/// criteria ids, and the share of reference criteria whose supervisors and
/// responsible lists are reproduced exactly.
///
/// Criteria ids are compared without a leading non-numeric qualifier
/// (`phys.1` and `1` are the same id): a reference may name restarted lists
/// its own way. Each reference item is matched to the first unmatched
/// hypothesis item with its id, in document order.
///
/// ```swift
/// let scores = try StructureEvaluation.compare(reference: gold, hypothesis: output)
/// scores.criteriaIDs.f1
/// ```
public struct StructureEvaluation: Sendable, Codable, Equatable {
    public struct Score: Sendable, Codable, Equatable {
        public var reference: Int
        public var hypothesis: Int
        public var matched: Int
        public var precision: Double { hypothesis == 0 ? (reference == 0 ? 1 : 0) : Double(matched) / Double(hypothesis) }
        public var recall: Double { reference == 0 ? 1 : Double(matched) / Double(reference) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        enum CodingKeys: String, CodingKey { case reference, hypothesis, matched, precision, recall, f1 }

        public init(reference: Int, hypothesis: Int, matched: Int) {
            self.reference = reference
            self.hypothesis = hypothesis
            self.matched = matched
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            reference = try c.decode(Int.self, forKey: .reference)
            hypothesis = try c.decode(Int.self, forKey: .hypothesis)
            matched = try c.decode(Int.self, forKey: .matched)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(reference, forKey: .reference)
            try c.encode(hypothesis, forKey: .hypothesis)
            try c.encode(matched, forKey: .matched)
            try c.encode(precision, forKey: .precision)
            try c.encode(recall, forKey: .recall)
            try c.encode(f1, forKey: .f1)
        }

        /// Matches two multisets of keys.
        static func of(reference: [String], hypothesis: [String]) -> Score {
            var pool: [String: Int] = [:]
            for key in hypothesis { pool[key, default: 0] += 1 }
            var matched = 0
            for key in reference where pool[key, default: 0] > 0 {
                pool[key]! -= 1
                matched += 1
            }
            return Score(reference: reference.count, hypothesis: hypothesis.count, matched: matched)
        }
    }

    public var people: Score
    public var dates: Score
    public var criteriaIDs: Score
    /// Reference criteria matched by id whose supervisors and responsible lists are equal.
    public var assigneesExact: Int
    public var assigneesTotal: Int
    public var assigneesShare: Double { assigneesTotal == 0 ? 1 : Double(assigneesExact) / Double(assigneesTotal) }

    enum CodingKeys: String, CodingKey {
        case people, dates
        case criteriaIDs = "criteria_ids"
        case assigneesExact = "assignees_exact"
        case assigneesTotal = "assignees_total"
    }

    /// Which of the two documents a failure is about.
    public enum Side: String, Sendable { case reference, hypothesis }

    public enum Failure: Error, CustomStringConvertible {
        /// Not JSON, or not a JSON object.
        case notJSON(Side)
        /// JSON of another shape: the problems found, as `$.path: problem`.
        case notAStructure(Side, [String])

        public var side: Side {
            switch self { case .notJSON(let side), .notAStructure(let side, _): side }
        }

        public var description: String {
            switch self {
            case .notJSON: return "not a JSON object"
            case .notAStructure(.hypothesis, let problems):
                return "not a structure document (`thainorm schema` prints its schema): " + Self.list(problems)
            case .notAStructure(.reference, let problems):
                return "not a reference structure (people, dates or criteria, as extract writes them): " + Self.list(problems)
            }
        }

        private static func list(_ problems: [String]) -> String {
            problems.prefix(5).joined(separator: "; ") + (problems.count > 5 ? "; … (\(problems.count) in all)" : "")
        }
    }

    /// What a reference must be: gold is written by hand, so only the fields compared are
    /// checked, and only their types; at least one of the three lists must be there.
    static let referenceSchema = #"""
        {"type": "object", "properties": {
          "people": {"type": "array", "items": {"type": "object", "required": ["given"], "properties": {
            "title": {"type": ["string", "null"]}, "given": {"type": "string"}, "family": {"type": ["string", "null"]}}}},
          "dates": {"type": "array", "items": {"type": "object", "required": ["line"], "properties": {
            "line": {"type": "integer", "minimum": 1}, "iso": {"type": ["string", "null"]}}}},
          "criteria": {"type": "array", "items": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"}, "supervisors": {"type": "array", "items": {"type": "string"}},
            "responsible": {"type": "array", "items": {"type": "string"}}}}}}}
        """#

    /// Compares `hypothesis` (an extraction, checked against the published schema,
    /// ``StructureSchema``) with `reference` (a gold structure: `people`, `dates` and/or
    /// `criteria` as the extraction writes them; other fields are ignored).
    public static func compare(reference: Data, hypothesis: Data) throws(Failure) -> StructureEvaluation {
        let gold = try object(reference, .reference)
        let ours = try object(hypothesis, .hypothesis)
        // A schema that does not load is a defect of the build: it must fail the check, not pass it.
        var problems: [String]
        do { problems = try JSONSchemaValidator(schema: Data(referenceSchema.utf8)).problems(in: gold) } catch { problems = ["reference schema: \(error)"] }
        if !["people", "dates", "criteria"].contains(where: { gold[$0] != nil }) { problems.append("$: none of people, dates, criteria") }
        guard problems.isEmpty else { throw .notAStructure(.reference, problems) }
        var ourProblems: [String]
        do { ourProblems = try StructureSchema.problems(in: hypothesis) } catch { ourProblems = ["schema: \(error)"] }
        guard ourProblems.isEmpty else { throw .notAStructure(.hypothesis, ourProblems) }
        func list(_ root: [String: Any], _ key: String) -> [[String: Any]] { root[key] as? [[String: Any]] ?? [] }
        func text(_ item: [String: Any], _ key: String) -> String { item[key] as? String ?? "" }
        func names(_ item: [String: Any], _ key: String) -> [String] { item[key] as? [String] ?? [] }
        let personKey = { (p: [String: Any]) in [text(p, "title"), text(p, "given"), text(p, "family")].joined(separator: "|") }
        let dateKey = { (d: [String: Any]) in "\((d["line"] as? Int).map(String.init) ?? "")|\(text(d, "iso"))" }
        let people = Score.of(reference: list(gold, "people").map(personKey), hypothesis: list(ours, "people").map(personKey))
        let dates = Score.of(reference: list(gold, "dates").map(dateKey), hypothesis: list(ours, "dates").map(dateKey))
        let goldCriteria = list(gold, "criteria"), ourCriteria = list(ours, "criteria")
        let ids = Score.of(reference: goldCriteria.map { bareID(text($0, "id")) },
                           hypothesis: ourCriteria.map { bareID(text($0, "id")) })
        var used = Set<Int>()
        var exact = 0
        for item in goldCriteria {
            let id = bareID(text(item, "id"))
            guard let k = ourCriteria.indices.first(where: { !used.contains($0) && bareID(text(ourCriteria[$0], "id")) == id })
            else { continue }
            used.insert(k)
            if names(ourCriteria[k], "supervisors") == names(item, "supervisors"),
               names(ourCriteria[k], "responsible") == names(item, "responsible") { exact += 1 }
        }
        return StructureEvaluation(people: people, dates: dates, criteriaIDs: ids, assigneesExact: exact,
                                   assigneesTotal: goldCriteria.count)
    }

    static func object(_ data: Data, _ side: Side) throws(Failure) -> [String: Any] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw .notJSON(side)
        }
        return root
    }

    /// `phys.1` → `1`: the id without a qualifier before its first digit.
    static func bareID(_ id: String) -> String {
        guard let first = id.firstIndex(where: \.isNumber) else { return id }
        return String(id[first...])
    }

    /// Four lines of figures.
    public var summary: String {
        func line(_ name: String, _ s: Score) -> String {
            String(format: "%@ F1 %.3f (precision %.3f, recall %.3f; %d reference, %d extracted, %d matched)",
                   name, s.f1, s.precision, s.recall, s.reference, s.hypothesis, s.matched)
        }
        return [line("people", people), line("dates", dates), line("criteria ids", criteriaIDs),
                String(format: "assignees exact %.3f (%d of %d reference criteria)", assigneesShare, assigneesExact, assigneesTotal)]
            .joined(separator: "\n")
    }
}
