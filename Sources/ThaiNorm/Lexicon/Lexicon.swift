import Foundation

/// Thai words with their costs (−ln of relative frequency), held in a trie
/// for prefix walks (`mappings/lexicon.tsv`).
///
/// The trie works on small integer codes: Thai-block scalars map to 1…128
/// and FULL STOP (for abbreviations such as `ก.ค.`) to 129; any other scalar
/// cannot occur in a word.
///
/// ```swift
/// let lexicon = Lexicon.shared
/// lexicon.cost(of: Array("ประชาชน".unicodeScalars))   // about 7.5
/// lexicon.cost(of: Array("ประซาซน".unicodeScalars))   // nil
/// ```
///
/// Complexity: lookups read one slot of a double array per scalar.
public final class Lexicon: Sendable {
    /// The lexicon built from the embedded `mappings/lexicon.tsv`.
    public static let shared: Lexicon = MappingTable.required { () throws(MappingTable.Failure) in
        try Lexicon(file: "lexicon.tsv")
    }

    static let alphabetSize = 130

    /// Code of a scalar in the trie alphabet, or 0 if no word contains it.
    @inline(__always)
    static func code(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x0E00 && v <= 0x0E7F { return Int(v - 0x0E00) + 1 }
        if v == 0x2E { return 129 }
        return 0
    }

    /// The scalar a trie code stands for (inverse of ``code(_:)``).
    @inline(__always)
    static func scalar(forCode code: Int) -> Unicode.Scalar {
        code == 129 ? "." : Unicode.Scalar(UInt32(0x0E00 + code - 1))!
    }

    /// One slot of the trie, held as a double array: the children of the node in slot `s`
    /// are in slots `base + code`, each naming `s` as its `check`. A step of a walk reads one
    /// slot, which holds both what the next step needs (`base`) and the cost of the word
    /// ending there. Slot 0 is the root.
    struct Slot {
        /// Where this node's children start: the child for `code` is in slot `base + code`.
        var base: Int32
        /// The node above (the root's is -2); -1 marks a free slot.
        var check: Int32
        /// Cost of the word ending here; +∞ when no word ends here.
        var cost: Float
    }

    /// The trie; every node's `base + code` is inside it, so a step needs no bounds check.
    let slots: [Slot]

    /// The number of words.
    public let count: Int
    /// The cost of a word seen once: the ceiling for known words.
    public let rareWordCost: Float
    /// The length (in scalars) of the longest word.
    public let longestWord: Int

    /// Builds the lexicon from `word<TAB>count` rows of an embedded mapping file.
    public convenience init(file: String) throws(MappingTable.Failure) {
        self.init(builder: try LexiconBuilder(file: file))
    }

    /// Builds a lexicon from words and counts (words with unsupported scalars are skipped).
    public convenience init(entries: [([Unicode.Scalar], Double)]) {
        var builder = LexiconBuilder()
        for (word, count) in entries { builder.insert(word, count: count) }
        self.init(builder: builder)
    }

    /// The lexicon of the words collected by `builder`: a word's cost is −ln of its count over
    /// the total (+1), and the trie is laid out as a double array (``TrieLayout``).
    convenience init(builder: LexiconBuilder) {
        let total = builder.total + 1
        self.init(builder: builder, rareWordCost: Float(-log(1 / total))) { count in Float(-log(count / total)) }
    }

    /// The lexicon of the words collected by `builder`, each costing `cost(count)`.
    init(builder: LexiconBuilder, rareWordCost: Float, cost: (Double) -> Float) {
        slots = TrieLayout.slots(of: builder.nodes) { count in count > 0 ? cost(count) : .infinity }
        self.count = builder.words
        self.longestWord = builder.longest
        self.rareWordCost = rareWordCost
    }

    /// The word that the path to `node` spells.
    func word(at node: Int) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var current = node
        while current > 0 {
            let parent = Int(slots[current].check)
            scalars.append(Lexicon.scalar(forCode: current - Int(slots[parent].base)))
            current = parent
        }
        return scalars.reversed()
    }

    /// The child of `node` for `code`, or -1.
    @inline(__always)
    func child(of node: Int, code: Int) -> Int {
        withTrie { $0.child(of: node, code: code) }
    }

    /// The cost of the word ending at `node`; +∞ when none does.
    @inline(__always)
    func cost(atNode node: Int) -> Float { slots[node].cost }

    /// The trie's arrays without bounds checks or reference counting, for the inner loops
    /// that walk it at every position of every line (segmentation).
    struct TrieView {
        let slots: UnsafeBufferPointer<Slot>

        /// Calls `body(end, cost)` for every word that starts at `start` in `text` and ends at
        /// or before `limit`, shortest first.
        ///
        /// Complexity: O(longest word).
        @inline(__always)
        func forEachWord(
            in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, upTo limit: Int, _ body: (Int, Float) -> Void
        ) {
            var node = 0
            var index = start
            while index < limit {
                let code = Lexicon.code(text[index])
                if code == 0 { return }
                node = child(of: node, code: code)
                if node < 0 { return }
                index += 1
                let cost = slots[node].cost
                if cost.isFinite { body(index, cost) }
            }
        }

        /// The child of `node` for `code` (1…129), or -1.
        @inline(__always)
        func child(of node: Int, code: Int) -> Int {
            let slot = Int(slots[node].base) &+ code
            return slots[slot].check == Int32(truncatingIfNeeded: node) ? slot : -1
        }

        /// The cost of the word ending at `node`; +∞ when none does.
        @inline(__always)
        func cost(atNode node: Int) -> Float { slots[node].cost }
    }

    /// Calls `body` with a view of the trie that is valid for the duration of the call.
    @inline(__always)
    func withTrie<Result>(_ body: (TrieView) -> Result) -> Result {
        slots.withUnsafeBufferPointer { body(TrieView(slots: $0)) }
    }

    /// The cost of `word`, or `nil` if it is not in the lexicon.
    public func cost(of word: some Collection<Unicode.Scalar>) -> Float? {
        withTrie { trie in
            var node = 0
            for scalar in word {
                let code = Lexicon.code(scalar)
                guard code != 0 else { return nil }
                node = trie.child(of: node, code: code)
                guard node >= 0 else { return nil }
            }
            let cost = trie.cost(atNode: node)
            return cost.isFinite ? cost : nil
        }
    }

    /// Whether `word` is in the lexicon.
    public func contains(_ word: some Collection<Unicode.Scalar>) -> Bool {
        cost(of: word) != nil
    }

    /// Calls `body(end, cost)` for every word that starts at `start` in `text`
    /// and ends before `end` (exclusive), in order of length.
    ///
    /// Complexity: O(longest word).
    @inline(__always)
    func forEachWord(in text: [Unicode.Scalar], from start: Int, upTo limit: Int, _ body: (Int, Float) -> Void) {
        withTrie { trie in
            text.withUnsafeBufferPointer { text in trie.forEachWord(in: text, from: start, upTo: limit, body) }
        }
    }
}
