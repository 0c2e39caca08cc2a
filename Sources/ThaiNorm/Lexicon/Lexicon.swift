import Foundation
import ThaiTrie

/// Thai words with their costs (−ln of relative frequency), held in a trie
/// for prefix walks (`mappings/lexicon.tsv`).
///
/// The trie works on small integer codes (``TrieAlphabet``): Thai-block scalars
/// map to 1…128 and FULL STOP (for abbreviations such as `ก.ค.`) to 129; any other
/// scalar cannot occur in a word.
///
/// ```swift
/// let lexicon = Lexicon.shared
/// lexicon.cost(of: Array("ประชาชน".unicodeScalars))   // about 7.5
/// lexicon.cost(of: Array("ประซาซน".unicodeScalars))   // nil
/// ```
///
/// Complexity: lookups read one slot of a double array per scalar (eight bytes, laid out so
/// that a walk reads neighbouring slots: see ``TrieLayout``).
public final class Lexicon: Sendable {
    /// The lexicon of the embedded `mappings/lexicon.tsv`, laid out at build time.
    public static let shared: Lexicon = MappingTable.required { () throws(MappingTable.Failure) in
        try Lexicon(embedded: .lexicon)
    }

    /// One slot of the trie, held as a double array (``TrieSlot``).
    typealias Slot = TrieSlot

    /// The trie; every node's `base + code` is inside it, so a step needs no bounds check.
    let slots: [Slot]

    /// The number of words.
    public let count: Int
    /// The cost of a word seen once: the ceiling for known words.
    public let rareWordCost: Float
    /// The length (in scalars) of the longest word.
    public let longestWord: Int

    /// The lexicon of an embedded word list: the trie the build laid out (``EmbeddedTries``),
    /// or, should the build not hold it, the list read and laid out now.
    convenience init(embedded list: WordList) throws(MappingTable.Failure) {
        if let image = EmbeddedTries.image(of: list.file) {
            self.init(image: image)
        } else {
            try self.init(reading: list)
        }
    }

    /// The lexicon of a word list's embedded `word<TAB>count` rows, read and laid out now.
    convenience init(reading list: WordList) throws(MappingTable.Failure) {
        self.init(image: TrieImage(builder: try LexiconBuilder(file: list.file, smoothing: list.smoothing), costing: list.costing))
    }

    /// Builds a lexicon from words and counts (words with unsupported scalars are skipped); a
    /// word's cost is −ln of its count over the total (+1).
    public convenience init(entries: [([Unicode.Scalar], Double)]) {
        var builder = LexiconBuilder()
        for (word, count) in entries { builder.insert(word, count: count) }
        self.init(image: TrieImage(builder: builder, costing: .relativeFrequency))
    }

    /// The lexicon whose trie is `image`.
    init(image: TrieImage) {
        slots = image.slots
        count = image.words
        longestWord = image.longest
        rareWordCost = image.rareWordCost
        let slots = image.slots
        owners = Deferred { Self.owners(of: slots) }
    }

    /// The node whose children start at each slot (-1: none), built the first time a word is
    /// spelled back: the slots name their edge's code, not their parent, and only
    /// ``word(at:)`` needs the way up (the parent of slot `s` owns `s` less its code).
    private let owners: Deferred<[Int32]>

    /// The owner of every base in `slots` (one node has each base; the leaves share one with
    /// nothing below it, which is left unowned).
    ///
    /// Complexity: O(n) for n slots.
    static func owners(of slots: [Slot]) -> [Int32] {
        let empty = UInt32(TrieLayout.leafBase(slotCount: slots.count))
        return slots.withUnsafeBufferPointer { slots in
            [Int32](unsafeUninitializedCapacity: slots.count) { owner, count in
                owner.initialize(repeating: -1)
                for slot in slots.indices where slot == 0 || slots[slot].link & 0xFF != Slot.noEdge {
                    let base = slots[slot].link &>> 8
                    if base != empty { owner[Int(base)] = Int32(truncatingIfNeeded: slot) }
                }
                count = slots.count
            }
        }
    }

    /// The word that the path to `node` spells.
    func word(at node: Int) -> [Unicode.Scalar] {
        let owners = owners.value
        var scalars: [Unicode.Scalar] = []
        var current = node
        while current > 0 {
            let code = Int(slots[current].code)
            scalars.append(TrieAlphabet.scalar(forCode: code))
            current = Int(owners[current - code])
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
            forEachWord(from: start, code: { $0 < limit ? TrieAlphabet.code(text[$0]) : 0 }, body)
        }

        /// As ``forEachWord(in:from:upTo:_:)``, over trie codes (``TrieAlphabet/code(_:)``) that
        /// end with a 0: the offsets are into `codes`, and neither a bounds test nor a code is
        /// computed at each step (for the segmenter, which walks from every position of a run).
        ///
        /// Complexity: O(longest word).
        @inline(__always)
        func forEachWord(codes: UnsafePointer<UInt8>, from start: Int, _ body: (Int, Float) -> Void) {
            forEachWord(from: start, code: { Int(codes[$0]) }, body)
        }

        /// The walk both share: `code(index)` is the trie code at `index`, 0 where the text ends
        /// or holds what no word does.
        @inline(__always)
        private func forEachWord(from start: Int, code: (Int) -> Int, _ body: (Int, Float) -> Void) {
            var node = 0
            var index = start
            while true {
                let code = code(index)
                if code == 0 { return }
                node = child(of: node, code: code)
                if node < 0 { return }
                index &+= 1
                let cost = slots[node].cost
                if cost.isFinite { body(index, cost) }
            }
        }

        /// The child of `node` for `code` (0…129; 0 has none), or -1. The slot at the node's
        /// base plus `code` is its child if it is marked `code` (``TrieSlot``; the bit operations
        /// are written out here, where they are inlined into every walk).
        @inline(__always)
        func child(of node: Int, code: Int) -> Int {
            let slot = Int(slots[node].link &>> 8) &+ code
            return Int(slots[slot].link & 0xFF) == code ? slot : -1
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
                let code = TrieAlphabet.code(scalar)
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

extension LexiconBuilder {
    /// The words of the `word<TAB>count` rows of an embedded mapping file, each with
    /// `count + smoothing` (a row whose count does not come out positive is malformed).
    init(file: String, smoothing: Double = 0) throws(MappingTable.Failure) {
        var text = try MappingTable.text(of: file)
        let built = text.withUTF8 { bytes in Result { () throws(MalformedRow) in try LexiconBuilder(rows: bytes, smoothing: smoothing) } }
        switch built {
        case .success(let builder): self = builder
        case .failure(let row): throw .malformed(file: file, line: row.line, reason: "expected WORD<TAB>COUNT")
        }
    }
}

/// The tries of the embedded word lists, laid out by the build (`embed-mappings`).
extension EmbeddedTries {
    /// The trie of the embedded word list `file`, or nil if the build holds none for it.
    static func image(of file: String) -> TrieImage? {
        images[file].flatMap { text in text.withUTF8Buffer { TrieImage(base64: $0) } }
    }
}
