import Foundation

/// A memo table safe to share between threads: each key is computed once (two threads
/// racing on one key may both compute it; the first result is kept). With a capacity, the
/// oldest keys are dropped past it.
///
/// Used for the readings of observed tokens (documents repeat their garbled terms) and for
/// decoders adapted to a document's counts (the next pipeline pass usually teaches the same).
final class MemoCache<Key: Hashable, Value>: @unchecked Sendable {
    private var entries: [Key: Value] = [:]
    private var order: [Key] = []
    private let capacity: Int?
    private let lock = NSLock()

    init(capacity: Int? = nil) {
        self.capacity = capacity
    }

    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let cached = entries[key] { lock.unlock(); return cached }
        lock.unlock()
        let value = compute()
        lock.lock()
        defer { lock.unlock() }
        if let raced = entries[key] { return raced }
        entries[key] = value
        if let capacity {
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
        }
        return value
    }
}

/// Reads English words back out of Thai-looking OCR garbage: for an observed
/// token, the vocabulary words the lookalike channel most probably turned
/// into it.
///
/// Each letter of a word may come out as nothing, one or two observed
/// characters (``LookalikeChannel``); observed characters no letter explains
/// cost ``LookalikeChannel/insertionCost`` each. The search walks the
/// vocabulary trie carrying one dynamic-programming row over the observed
/// token, and prunes a branch once every cell of its row is over budget.
///
/// ```swift
/// let decoder = EnglishTermDecoder()
/// decoder.candidates(for: Array("0ลแ".unicodeScalars)).first?.word   // "Call"
/// ```
///
/// Complexity: proportional to the trie nodes within budget × the token length.
public struct EnglishTermDecoder: Sendable {
    public struct Candidate: Sendable, Equatable {
        /// The word as it should be written (glossary casing, or the casing the letters were read in).
        public var word: String
        /// Lowercase key in the vocabulary.
        public var key: String
        /// Channel cost plus the word's vocabulary cost.
        public var cost: Float
    }

    public let vocabulary: EnglishVocabulary
    public let channel: LookalikeChannel
    /// The search's limits and the emission ceiling (``RecoverGarbledEnglish/Parameters``: the
    /// decoder reads ``RecoverGarbledEnglish/Parameters/candidatesPerToken``,
    /// ``RecoverGarbledEnglish/Parameters/budgetPerCharacter`` and
    /// ``RecoverGarbledEnglish/Parameters/budgetSlack``, ``RecoverGarbledEnglish/Parameters/maximumExpansions``,
    /// ``RecoverGarbledEnglish/Parameters/longestToken`` and
    /// ``RecoverGarbledEnglish/Parameters/costliestEmission``), kept whole so that a copy
    /// cannot leave one behind.
    public let limits: RecoverGarbledEnglish.Parameters
    var candidatesPerToken: Int { limits.candidatesPerToken }
    var budgetPerCharacter: Float { limits.budgetPerCharacter }
    var budgetSlack: Float { limits.budgetSlack }
    var maximumExpansions: Int { limits.maximumExpansions }
    var longestToken: Int { limits.longestToken }
    var costliestEmission: Float { limits.costliestEmission }

    /// Per trie code: (observed, cost, upper-case letter).
    let emissions: [[(observed: [Unicode.Scalar], cost: Float, upper: Bool)]]
    /// The emissions of one or two characters by their first character, for finding those a
    /// token shows without trying every emission at every position.
    let emissionsByFirst: [Unicode.Scalar: [(code: Int, second: Unicode.Scalar?, cost: Float)]]
    /// Per trie code: the cost of the letter coming out as nothing (+∞ if it cannot).
    let deletion: [Float]
    /// Readings per observed token, and costs per (word, observed token), for this decoder's channel.
    let candidateCache = MemoCache<SearchKey, [Candidate]>()
    let costCache = MemoCache<WordReading, Float?>()

    /// More than the rounding of a sum of reading costs: a bound compared with such a sum is
    /// widened by it, so that rounding never decides what is pruned.
    public static let roundingMargin: Float = 0.01

    /// What a cost is cached by: a word (lowercase key) and a token (scalars hash without the
    /// normalization a String's hash does: the phrase loop looks up thousands a line).
    struct WordReading: Hashable {
        var word: [Unicode.Scalar]
        var observed: [Unicode.Scalar]
    }
    /// Decoders adapted from this one, by the emission counts they were adapted to: a document
    /// read again (the next pass of the pipeline) usually teaches the same counts, and then
    /// reuses the adapted decoder and everything it already searched.
    let adaptations = MemoCache<String, EnglishTermDecoder>(capacity: 16)

    /// This decoder with its channel adapted to `counts` (see ``LookalikeChannel/adapted(to:)``),
    /// shared with earlier calls for the same counts.
    public func adapted(to counts: [String: Int]) -> EnglishTermDecoder {
        let key = counts.filter { $0.value >= 2 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: "\u{1E}")
        return adaptations.value(for: key) { EnglishTermDecoder(copying: self, channel: channel.adapted(to: counts)) }
    }

    /// `other` with another channel.
    public init(copying other: EnglishTermDecoder, channel: LookalikeChannel) {
        self.init(vocabulary: other.vocabulary, channel: channel, limits: other.limits)
    }

    /// `other` with the numbers of `parameters`: its channel's costs (the emission tables are
    /// made again from them) and its search limits.
    init(_ other: EnglishTermDecoder, parameters: RecoverGarbledEnglish.Parameters) {
        var channel = other.channel
        channel.insertionCost = parameters.insertionCost
        channel.identityCost = parameters.identityCost
        channel.defaultDeletionCost = parameters.defaultDeletionCost
        channel.adaptedCostFloor = parameters.adaptedCostFloor
        self.init(vocabulary: other.vocabulary, channel: channel, limits: parameters)
    }

    public init(vocabulary: EnglishVocabulary = .shared, channel: LookalikeChannel = .shared,
                limits: RecoverGarbledEnglish.Parameters = .init()) {
        self.vocabulary = vocabulary
        self.channel = channel
        self.limits = limits
        let ceiling = limits.costliestEmission
        emissions = EnglishVocabulary.alphabet.map { letter in
            var list = channel.emissions(of: letter).map { ($0.observed, $0.cost, false) }
            if let upper = letter.properties.uppercaseMapping.unicodeScalars.first, upper != letter {
                list += channel.emissions(of: upper).map { ($0.observed, $0.cost, true) }
            }
            return list.filter { $0.1 <= ceiling }
        }
        var byFirst: [Unicode.Scalar: [(code: Int, second: Unicode.Scalar?, cost: Float)]] = [:]
        var deletion = [Float](repeating: .infinity, count: emissions.count)
        for (code, list) in emissions.enumerated() {
            for (emitted, cost, _) in list {
                // Longer emissions are refused when the channel is read (``LookalikeChannel/longestEmission``).
                assert(emitted.count <= LookalikeChannel.longestEmission)
                if let first = emitted.first {
                    byFirst[first, default: []].append((code, emitted.count == 2 ? emitted[1] : nil, cost))
                } else {
                    deletion[code] = min(deletion[code], cost)
                }
            }
        }
        emissionsByFirst = byFirst
        self.deletion = deletion
    }

    /// When a search may stop before its list of readings is complete: once its best reading
    /// would be taken over keeping the token (it costs less than ``cost(forLength:)``) and no
    /// other reading can come within ``margin`` of it. A caller that only needs to know the best
    /// reading and whether it stands out by the margin gets the same answer, sooner; hard tokens,
    /// whose best reading is dear or contested, are searched in full.
    public struct Settling: Hashable, Sendable {
        /// A best reading must cost less than this per observed character ...
        public var costPerCharacter: Float
        /// ... or less than `shortCostPerCharacter` per character in a token of at most this many.
        public var shortLength: Int
        public var shortCostPerCharacter: Float
        /// Every other reading must cost at least this much more than the best.
        public var margin: Float

        public init(costPerCharacter: Float, shortLength: Int, shortCostPerCharacter: Float, margin: Float) {
            self.costPerCharacter = costPerCharacter
            self.shortLength = shortLength
            self.shortCostPerCharacter = shortCostPerCharacter
            self.margin = margin
        }

        /// The cost a best reading of a token of `length` characters must stay under.
        public func cost(forLength length: Int) -> Float {
            Float(length) * (length <= shortLength ? min(shortCostPerCharacter, costPerCharacter) : costPerCharacter)
        }
    }

    /// What a search's readings are cached by: the token, and when the search could stop.
    struct SearchKey: Hashable {
        var observed: [Unicode.Scalar]
        var settling: Settling?
    }

    /// The best vocabulary words for `observed`, cheapest first.
    ///
    /// Best-first over the trie: the search stops once the lowest bound left cannot beat the
    /// k-th best word found (``candidatesPerToken``), or, with `settling`, once the best word
    /// is settled (``Settling``): then the list starts with the best word, and every word in it
    /// or left out of it costs at least the settling margin more.
    public func candidates(for observed: [Unicode.Scalar], settling: Settling? = nil) -> [Candidate] {
        candidateCache.value(for: SearchKey(observed: observed, settling: settling)) { search(observed, settling: settling) }
    }

    func search(_ observed: [Unicode.Scalar], settling: Settling? = nil) -> [Candidate] {
        let n = observed.count
        guard n > 0, n <= longestToken else { return [] }
        let budget = budgetPerCharacter * Float(n) + budgetSlack
        let settledBelow = settling?.cost(forLength: n) ?? -.infinity
        let margin = settling?.margin ?? 0
        var best: [(node: Int, cost: Float)] = []
        let table = matches(for: observed)
        // Rows of all states, `n + 1` floats each, in one buffer; a child's row is written in
        // place after the last row and kept if the child is queued. The root's: every observed
        // character a stray.
        var rows = AlignmentRows(width: n + 1)
        let root = rows.appendRoot(strayCost: channel.insertionCost)
        var queue = BucketQueue(bucketWidth: 0.25)
        queue.insert(SearchState(bound: 0, node: 0, depth: 0, row: root))
        let maximumDepth = 2 * n + 3
        var expansions = 0
        let trie = vocabulary.edges
        while let state = queue.popMin(), expansions < maximumExpansions {
            expansions += 1
            let limit = best.count == candidatesPerToken ? min(budget, best[best.count - 1].cost) : budget
            if state.bound > limit { break }
            // Settled: every word not yet found costs at least this state's bound.
            if let first = best.first, first.cost < settledBelow, state.bound > first.cost + margin,
               best.count < 2 || best[1].cost - first.cost >= margin {
                break
            }
            guard Int(state.depth) < maximumDepth else { continue }
            // The rows of the node's children, one per edge (the inner loop of the search).
            rows.extend(state.row, node: Int(state.node), in: trie, matches: table) { child, wordCost, lowest, last, index in
                guard lowest <= limit else { return false }
                if wordCost.isFinite, last.isFinite {
                    let total = last + wordCost
                    if best.count < candidatesPerToken || total < best[best.count - 1].cost {
                        best.append((child, total))
                        best.sort { $0.cost < $1.cost }
                        if best.count > candidatesPerToken { best.removeLast() }
                    }
                }
                queue.insert(SearchState(bound: lowest, node: Int32(child), depth: state.depth + 1, row: index))
                return true
            }
        }
        return best.map { entry in
            let letters = vocabulary.key(of: entry.node)
            let shown = vocabulary.display[entry.node] ?? cased(letters, observed: observed)
            return Candidate(word: shown, key: String(scalars: letters), cost: entry.cost)
        }
    }

    /// The cost of reading `word` (lowercase key) as `observed`, with its vocabulary cost; nil if unknown.
    public func cost(of word: String, observed: [Unicode.Scalar]) -> Float? {
        cost(ofKey: Array(word.unicodeScalars), observed: observed)
    }

    /// ``cost(of:observed:)`` for a word given as scalars (``EnglishVocabulary/Phrase/keyScalars``).
    public func cost(ofKey word: [Unicode.Scalar], observed: [Unicode.Scalar]) -> Float? {
        costCache.value(for: WordReading(word: word, observed: observed)) {
            alignmentCost(of: String(scalars: word[...]), observed: observed)
        }
    }

    func alignmentCost(of word: String, observed: [Unicode.Scalar]) -> Float? {
        guard let entry = vocabulary.lookup(word) else { return nil }
        let codes = word.lowercased().unicodeScalars.map(EnglishVocabulary.code)
        guard !codes.contains(nil) else { return nil }
        let table = matches(for: observed)
        var rows = AlignmentRows(width: observed.count + 1)
        var row = rows.appendRoot(strayCost: channel.insertionCost)
        for code in codes { row = rows.append(extending: row, code: code!, matches: table) }
        return rows[row, observed.count] + entry.cost
    }

    /// The letter-by-letter reading of `observed` as `word`: for each letter (with its case), what it came
    /// out as. Nil if the word is not in the vocabulary.
    public func alignment(of word: String, observed: [Unicode.Scalar]) -> [(letter: Unicode.Scalar, emitted: [Unicode.Scalar])]? {
        let letters = Array(word.unicodeScalars)
        let n = observed.count
        guard !letters.isEmpty else { return nil }
        // best[i][j]: letters[..<i] produced observed[..<j]; back pointers keep (previous j, emitted length).
        var best = [[Float]](repeating: [Float](repeating: .infinity, count: n + 1), count: letters.count + 1)
        var back = [[(j: Int, length: Int)]](repeating: [(j: Int, length: Int)](repeating: (-1, 0), count: n + 1), count: letters.count + 1)
        best[0][0] = 0
        for j in stride(from: 1, through: n, by: 1) { best[0][j] = best[0][j - 1] + channel.insertionCost; back[0][j] = (j - 1, -1) }
        for (i, letter) in letters.enumerated() {
            let options = channel.emissions(of: letter)
            for j in 0...n where best[i][j].isFinite {
                for (emitted, cost) in options where cost <= costliestEmission {
                    let e = emitted.count
                    guard j + e <= n, observed[j..<(j + e)].elementsEqual(emitted) else { continue }
                    if best[i][j] + cost < best[i + 1][j + e] {
                        best[i + 1][j + e] = best[i][j] + cost
                        back[i + 1][j + e] = (j, e)
                    }
                }
            }
            for j in stride(from: 1, through: n, by: 1) where best[i + 1][j - 1] + channel.insertionCost < best[i + 1][j] {
                best[i + 1][j] = best[i + 1][j - 1] + channel.insertionCost
                back[i + 1][j] = (j - 1, -1)
            }
        }
        guard best[letters.count][n].isFinite else { return nil }
        var pairs: [(letter: Unicode.Scalar, emitted: [Unicode.Scalar])] = []
        var i = letters.count, j = n
        while i > 0 {
            let (previous, length) = back[i][j]
            if length < 0 { j = previous; continue }   // a stray character
            pairs.append((letters[i - 1], Array(observed[previous..<(previous + length)])))
            i -= 1
            j = previous
        }
        return pairs.reversed()
    }

    /// For one observed token: per position and letter code, the emissions that match there
    /// (length, cost), and per code the cost of the letter coming out as nothing; read by
    /// ``AlignmentRows`` to make the row after a letter.
    struct Matches {
        /// Per code c, entries[start[c]..<start[c+1]]: (position, emitted length, cost) of each
        /// emission of the letter that the observed token has at that position.
        let start: [Int]
        let entries: [(position: Int, length: Int, cost: Float)]
        let deletion: [Float]
        /// remaining[j]: the least the observed characters from j on can cost, each explained by its
        /// cheapest emission (its cost shared by the characters it covers) or as a stray. Added to
        /// a row it gives a bound that never overestimates, so the search stays exact and prunes more.
        let remaining: [Float]
        /// What a stray observed character costs.
        let insertion: Float

        /// The table, checked to describe a token of `remaining.count - 1` characters: every
        /// code's entries in order, every emission inside the token.
        ///
        /// Complexity: O(codes + entries).
        init(
            start: [Int], entries: [(position: Int, length: Int, cost: Float)], deletion: [Float], remaining: [Float],
            insertion: Float
        ) {
            precondition(start.count == deletion.count + 1 && start.first == 0 && start.last == entries.count
                         && zip(start, start.dropFirst()).allSatisfy { $0 <= $1 }, "entries not grouped by code")
            precondition(entries.allSatisfy { $0.position >= 0 && $0.length >= 0 && $0.position + $0.length < remaining.count },
                         "an emission outside the token")
            self.start = start
            self.entries = entries
            self.deletion = deletion
            self.remaining = remaining
            self.insertion = insertion
        }
    }

    /// The table of ``Matches`` for `observed`: the emissions starting with each of its
    /// characters (found by that character), grouped by letter code.
    ///
    /// Complexity: O(n + m) for a token of n characters and m matching emissions.
    func matches(for observed: [Unicode.Scalar]) -> Matches {
        let n = observed.count
        var found: [(code: Int, entry: (position: Int, length: Int, cost: Float))] = []
        var perCode = [Int](repeating: 0, count: emissions.count + 1)
        for j in 0..<n {
            guard let list = emissionsByFirst[observed[j]] else { continue }
            for (code, second, cost) in list {
                if let second {
                    guard j + 1 < n, observed[j + 1] == second else { continue }
                    found.append((code, (j, 2, cost)))
                } else {
                    found.append((code, (j, 1, cost)))
                }
                perCode[code + 1] += 1
            }
        }
        // Grouped by code (a counting sort): the order within a code does not matter, as each
        // entry is one candidate for a minimum.
        var start = perCode
        for code in 0..<emissions.count { start[code + 1] += start[code] }
        var next = start
        var entries = [(position: Int, length: Int, cost: Float)](repeating: (0, 0, 0), count: found.count)
        for (code, entry) in found {
            entries[next[code]] = entry
            next[code] += 1
        }
        var cheapest = [Float](repeating: channel.insertionCost, count: n)
        for (j, length, cost) in entries {
            for i in j..<(j + length) { cheapest[i] = min(cheapest[i], cost / Float(length)) }
        }
        var remaining = [Float](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) { remaining[i] = remaining[i + 1] + cheapest[i] }
        return Matches(start: start, entries: entries, deletion: deletion, remaining: remaining, insertion: channel.insertionCost)
    }

    /// Casing for a general word: the case each letter was most cheaply read in,
    /// made uniform (UPPER, Title or lower).
    func cased(_ key: [Unicode.Scalar], observed: [Unicode.Scalar]) -> String {
        var upperVotes = 0, firstUpper = false
        for (index, letter) in key.enumerated() {
            guard let code = EnglishVocabulary.code(letter) else { continue }
            let options = emissions[code].filter { option in
                !option.observed.isEmpty && observed.indices.contains { start in
                    start + option.observed.count <= observed.count
                        && observed[start..<(start + option.observed.count)].elementsEqual(option.observed)
                }
            }
            guard let cheapest = options.min(by: { $0.cost < $1.cost }) else { continue }
            if cheapest.upper { upperVotes += 1; if index == 0 { firstUpper = true } }
        }
        let word = String(scalars: key)
        if key.count > 1, upperVotes * 3 >= key.count * 2 { return word.uppercased() }
        if firstUpper { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }
}
