import Foundation
import ThaiTrie

/// The noisy channel: how likely OCR or extraction turns an intended
/// character into an observed one, as costs (−ln probability) on top of an
/// exact match.
///
/// Built from `mappings/ocr-confusions.tsv` (learned from real OCR) and
/// `mappings/ocr-confusions-prior.tsv` (reviewed prior pairs); for a pair in
/// both, the lower cost wins.
///
/// ```swift
/// let model = ConfusionModel.shared
/// model.substitutionCost(intended: "ช", observed: "ซ")   // about 2.2
/// ```
public struct ConfusionModel: Sendable {
    /// An intended scalar read as another.
    public struct SubstitutionPair: Hashable, Sendable {
        public var intended: Unicode.Scalar
        public var observed: Unicode.Scalar
        public init(intended: Unicode.Scalar, observed: Unicode.Scalar) {
            self.intended = intended
            self.observed = observed
        }
    }

    public static let shared: ConfusionModel = MappingTable.required { () throws(MappingTable.Failure) in
        try ConfusionModel(learned: "ocr-confusions.tsv", prior: "ocr-confusions-prior.tsv")
    }

    /// Learned substitutions costlier than this are noise, not a channel.
    public static let learnedCostCeiling: Float = 6.0

    /// For each observed scalar, the intended scalars that can produce it, with costs.
    public private(set) var producers: [Unicode.Scalar: [(intended: Unicode.Scalar, cost: Float)]] = [:]
    /// Intended scalars that OCR can lose, with costs.
    public private(set) var deletions: [(intended: Unicode.Scalar, cost: Float)] = []
    /// Observed scalars that can appear from nothing (stray punctuation, specks), with costs.
    public private(set) var insertions: [Unicode.Scalar: Float] = [:]
    /// Cost of a combining mark displaced past the next letter.
    public private(set) var swapCost: Float = .infinity

    public init(learned: String, prior: String) throws(MappingTable.Failure) {
        var substitution: [Unicode.Scalar: [Unicode.Scalar: Float]] = [:]
        var deletion: [Unicode.Scalar: Float] = [:]
        func scalar(_ field: Substring, _ file: String, _ line: Int) throws(MappingTable.Failure) -> Unicode.Scalar? {
            field == "-" ? nil : try MappingTable.scalar(field, file: file, line: line)
        }
        for (file, costColumn, isLearned) in [(learned, 4, true), (prior, 3, false)] {
            for (line, fields) in try MappingTable.numberedRows(of: file) {
                guard fields.count > costColumn, let cost = Float(fields[costColumn]) else {
                    throw .malformed(file: file, line: line, reason: "expected KIND, INTENDED, OBSERVED and a cost")
                }
                let intended = try scalar(fields[1], file, line)
                let observed = try scalar(fields[2], file, line)
                if isLearned, !Self.keepsLearned(intended: intended, observed: observed, cost: cost) { continue }
                switch (fields[0], intended, observed) {
                case ("sub", let i?, let o?):
                    substitution[o, default: [:]][i] = min(cost, substitution[o]?[i] ?? .infinity)
                case ("del", let i?, nil):
                    deletion[i] = min(cost, deletion[i] ?? .infinity)
                case ("ins", nil, let o?):
                    insertions[o] = min(cost, insertions[o] ?? .infinity)
                case ("swap", nil, nil):
                    swapCost = min(swapCost, cost)
                default:
                    throw .malformed(file: file, line: line, reason: "unknown row kind or missing code point")
                }
            }
        }
        producers = substitution.mapValues { map in map.map { ($0.key, $0.value) }.sorted { $0.cost < $1.cost } }
        deletions = deletion.map { ($0.key, $0.value) }.sorted { $0.cost < $1.cost }
        rebuildTables()
    }

    /// `producers` by trie code of the observed scalar, for the decoder's inner loop:
    /// (trie code of the intended scalar, cost), cheapest first.
    public private(set) var producersByCode: [[(code: Int, cost: Float)]] = []
    /// `deletions` as trie codes.
    public private(set) var deletionsByCode: [(code: Int, scalar: Unicode.Scalar, cost: Float)] = []

    /// `insertions` for ASCII (0…127) and the Thai block (128…255), +∞ where none: the decoder asks
    /// at nearly every step of a search, where hashing the scalar cost more than the step.
    private var insertionTable: [Float] = []

    /// The slot of `scalar` in ``insertionTable``, or nil outside ASCII and the Thai block.
    @inline(__always)
    private static func insertionSlot(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v < 0x80 { return Int(v) }
        return v &- 0x0E00 < 0x80 ? Int(v &- 0x0E00) &+ 0x80 : nil
    }

    /// The cost of `observed` appearing from nothing, or nil if it cannot (``insertions``).
    @inline(__always)
    func insertionCost(_ observed: Unicode.Scalar) -> Float? {
        guard let slot = Self.insertionSlot(observed) else { return insertions[observed] }
        let cost = insertionTable[slot]
        return cost.isFinite ? cost : nil
    }

    private mutating func rebuildTables() {
        var insertionTable = [Float](repeating: .infinity, count: 0x100)
        for (scalar, cost) in insertions {
            if let slot = Self.insertionSlot(scalar) { insertionTable[slot] = cost }
        }
        self.insertionTable = insertionTable
        var table = [[(code: Int, cost: Float)]](repeating: [], count: TrieAlphabet.size)
        for (observed, list) in producers {
            let code = TrieAlphabet.code(observed)
            guard code != 0 else { continue }
            table[code] = list.compactMap { entry in
                let intended = TrieAlphabet.code(entry.intended)
                return intended == 0 ? nil : (intended, entry.cost)
            }
        }
        producersByCode = table
        deletionsByCode = deletions.compactMap { entry in
            let code = TrieAlphabet.code(entry.intended)
            return code == 0 ? nil : (code, entry.intended, entry.cost)
        }
    }

    /// Which learned rows are a character channel for the lexical stage.
    static func keepsLearned(intended: Unicode.Scalar?, observed: Unicode.Scalar?, cost: Float) -> Bool {
        for scalar in [intended, observed].compactMap({ $0 }) {
            // Only Thai letters and marks: digits are never changed by the lexical stage, and
            // dots, quotes and spaces in OCR output are specks or layout, not a letter channel.
            guard let kind = ThaiScript.kind(of: scalar), kind != .digit, kind != .other else { return false }
        }
        // tesseract writes sara am as nikhahit + sara aa; ComposeSaraAm undoes it.
        if intended == ThaiScript.saraAm || observed == ThaiScript.nikhahit { return false }
        if let intended, let observed {
            if cost > learnedCostCeiling { return false }
            // Letters are misread as letters, marks as marks: a consonant read where a vowel was
            // printed (ว for า) happens, but correcting it would turn letters into marks on thin evidence.
            if characterClass(intended) != characterClass(observed) { return false }
        }
        // An observed letter is never dropped as a speck: only marks can be.
        if intended == nil, let observed, !ThaiScript.isCombiningMark(observed) { return false }
        return true
    }

    /// The lowest cost a document can bring a substitution down to
    /// (``CorrectLexicalErrors/Parameters/adaptedCostFloor`` sets it).
    public var adaptedCostFloor: Float = CorrectLexicalErrors.Parameters().adaptedCostFloor

    /// The model with substitutions this document has shown lowered in cost:
    /// a pair seen `k >= 2` times costs `ln(1 + k / 2)` less, but no less than
    /// ``adaptedCostFloor``. Pairs the model does not know are not added.
    public func adapted(to substitutions: [SubstitutionPair: Int]) -> ConfusionModel {
        var model = self
        for (pair, count) in substitutions where count >= 2 {
            guard var list = model.producers[pair.observed],
                  let k = list.firstIndex(where: { $0.intended == pair.intended }) else { continue }
            list[k].cost = max(adaptedCostFloor, list[k].cost - Float(log(1 + Double(count) / 2)))
            model.producers[pair.observed] = list.sorted { $0.cost < $1.cost }
        }
        model.rebuildTables()
        return model
    }

    /// Consonants, leading vowels, and the rest (marks and following vowels).
    static func characterClass(_ scalar: Unicode.Scalar) -> Int {
        if ThaiScript.isConsonant(scalar) { return 0 }
        if ThaiScript.isLeadingVowel(scalar) { return 1 }
        return 2
    }

    /// The cost of reading `observed` where `intended` was printed; 0 when equal, +∞ when unknown.
    public func substitutionCost(intended: Unicode.Scalar, observed: Unicode.Scalar) -> Float {
        if intended == observed { return 0 }
        return producers[observed]?.first { $0.intended == intended }?.cost ?? .infinity
    }
}
