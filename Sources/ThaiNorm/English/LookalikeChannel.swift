import Foundation

/// How OCR without Latin letters writes each Latin letter: the one or two
/// Thai, digit or punctuation characters it emits instead, with costs
/// (−ln probability), from `mappings/latin-lookalikes.tsv`.
///
/// ```swift
/// LookalikeChannel.shared.emissions(of: "a")   // [("ล", 0.25), …]
/// ```
public struct LookalikeChannel: Sendable {
    public static let shared: LookalikeChannel = MappingTable.required { () throws(MappingTable.Failure) in
        try LookalikeChannel(file: "latin-lookalikes.tsv")
    }

    /// What a letter (case-sensitive) can come out as, cheapest first; empty `observed` means nothing.
    private(set) var emissionsByLetter: [Unicode.Scalar: [(observed: [Unicode.Scalar], cost: Float)]]
    /// Cost of a character that no letter produced (a speck, a stray mark).
    public var insertionCost: Float = RecoverGarbledEnglish.Parameters().insertionCost
    /// Cost of a letter read as itself (some engines keep a few Latin shapes).
    public var identityCost: Float = RecoverGarbledEnglish.Parameters().identityCost
    /// Cost of a letter lost when the table has no row for it.
    public var defaultDeletionCost: Float = RecoverGarbledEnglish.Parameters().defaultDeletionCost
    /// A letter comes out as at most this many characters (``EnglishTermDecoder`` matches no longer).
    public static let longestEmission = 2

    public init(file: String) throws(MappingTable.Failure) {
        var table: [Unicode.Scalar: [(observed: [Unicode.Scalar], cost: Float)]] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count >= 4, let letter = fields[0].unicodeScalars.first, fields[0].unicodeScalars.count == 1,
                  let cost = Float(fields[3]) else {
                throw .malformed(file: file, line: line, reason: "expected LETTER, OBSERVED, COUNT, COST")
            }
            let observed = fields[1] == "-" ? [] : Array(CodePointEscapes.unescape(fields[1]).unicodeScalars)
            // The search bounds what a word can still cost by what it cost so far.
            guard cost >= 0 else { throw .malformed(file: file, line: line, reason: "a negative cost") }
            guard observed.count <= Self.longestEmission else {
                throw .malformed(file: file, line: line, reason: "a letter comes out as at most \(Self.longestEmission) characters")
            }
            var list = table[letter, default: []]
            if let k = list.firstIndex(where: { $0.observed == observed }) {
                list[k].cost = min(list[k].cost, cost)
            } else {
                list.append((observed, cost))
            }
            table[letter] = list
        }
        emissionsByLetter = table.mapValues { $0.sorted { $0.cost < $1.cost } }
    }

    /// The lowest cost a document can bring an emission down to.
    public var adaptedCostFloor: Float = RecoverGarbledEnglish.Parameters().adaptedCostFloor

    /// The channel with the emissions this document has shown (letter → what it came out as,
    /// counted in confident readings) made cheaper: seen `k >= 2` times, `ln(1 + k / 2)` less,
    /// never below ``adaptedCostFloor``. An emission the table lacks is added at the cost a
    /// single row would have, then lowered the same way.
    public func adapted(to counts: [String: Int]) -> LookalikeChannel {
        var channel = self
        var table = emissionsByLetter
        for (key, count) in counts where count >= 2 {
            let parts = key.unicodeScalars.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            guard parts.count == 2, let letter = parts[0].first, parts[0].count == 1,
                  parts[1].count <= Self.longestEmission else { continue }
            let observed = Array(parts[1])
            var list = table[letter, default: []]
            let base = list.first { $0.observed == observed }?.cost ?? 4.0
            let lowered = max(adaptedCostFloor, base - Float(log(1 + Double(count) / 2)))
            list.removeAll { $0.observed == observed }
            list.append((observed, lowered))
            table[letter] = list.sorted { $0.cost < $1.cost }
        }
        channel.emissionsByLetter = table
        return channel
    }

    /// The ways `letter` can be read, including as itself, cheapest first.
    public func emissions(of letter: Unicode.Scalar) -> [(observed: [Unicode.Scalar], cost: Float)] {
        var list = emissionsByLetter[letter] ?? []
        list.append(([letter], identityCost))
        if !list.contains(where: { $0.observed.isEmpty }) { list.append(([], defaultDeletionCost)) }
        return list
    }
}
