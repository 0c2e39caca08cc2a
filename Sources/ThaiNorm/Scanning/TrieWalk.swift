import ThaiTrie

// Trie walks over a lexicon's double array (``TrieSlot``), without bounds checks: every node's
// base is at most the slot count less ``TrieAlphabet/size`` (``TrieLayout``), so a step to
// `base + code` for a code of the alphabet stays inside the array.

extension Lexicon {
    /// A lexicon's trie, for walks that step from node to node: ``child(of:code:)``, and
    /// ``forEachWord(in:from:upTo:_:)`` for every word starting at a position (the segmenter and
    /// the noisy-channel decoder ask this at every position of every line).
    ///
    /// ```swift
    /// Lexicon.shared.withTrie { trie in
    ///     let node = trie.child(of: 0, code: TrieAlphabet.code("ก"))   // -1 if no word starts with ก
    ///     trie.forEachWord(in: line, from: 0, upTo: line.count) { end, cost in print(end, cost) }
    /// }
    /// ```
    ///
    /// Complexity: one slot read a step; a walk is O(longest word).
    struct TrieView {
        fileprivate let slots: [Slot]

        /// The child of `node` (a slot of the trie) for `code` (0…129; 0 has none), or -1.
        ///
        /// Complexity: O(1).
        @inline(__always)
        func child(of node: Int, code: Int) -> Int {
            precondition(code >= 0 && code < TrieAlphabet.size, "a code outside the trie alphabet")
            return slots.withUnsafeBufferPointer { slots in
                precondition(node >= 0 && node < slots.count, "a node outside the trie")
                return TrieSteps.child(slots, of: node, code: code)
            }
        }

        /// The cost of the word ending at `node`; +∞ when none does.
        @inline(__always)
        func cost(atNode node: Int) -> Float { slots[node].cost }

        /// Calls `body(end, cost)` for every word that starts at `start` in `text` and ends at
        /// or before `limit` (at most `text.count`), shortest first.
        ///
        /// Complexity: O(longest word).
        @inline(__always)
        func forEachWord(in text: [Unicode.Scalar], from start: Int, upTo limit: Int, _ body: (Int, Float) -> Void) {
            precondition(start >= 0 && limit <= text.count, "a walk outside the text")
            slots.withUnsafeBufferPointer { slots in
                text.withUnsafeBufferPointer { text in
                    TrieSteps.forEachWord(slots, from: start, code: { $0 < limit ? TrieAlphabet.code(text[$0]) : 0 }, body)
                }
            }
        }

        /// As ``forEachWord(in:from:upTo:_:)``, over trie codes (``TrieAlphabet/code(_:)``) that
        /// end with a 0: the ends are offsets into `codes`.
        ///
        /// Complexity: O(longest word).
        func forEachWord(codes: [UInt8], from start: Int, _ body: (Int, Float) -> Void) {
            precondition(codes.last == 0 && start >= 0 && start < codes.count, "codes must end with a 0")
            slots.withUnsafeBufferPointer { slots in
                codes.withUnsafeBufferPointer { codes in
                    TrieSteps.forEachWord(slots, from: start, code: { Int(codes[$0]) }, body)
                }
            }
        }
    }

    /// Calls `body` with the lexicon's trie.
    @inline(__always)
    func withTrie<Result>(_ body: (TrieView) -> Result) -> Result {
        body(TrieView(slots: slots))
    }

    /// Calls `body(end, cost)` for every word that starts at `start` in `text`
    /// and ends at or before `limit`, in order of length.
    ///
    /// Complexity: O(longest word).
    @inline(__always)
    func forEachWord(in text: [Unicode.Scalar], from start: Int, upTo limit: Int, _ body: (Int, Float) -> Void) {
        withTrie { $0.forEachWord(in: text, from: start, upTo: limit, body) }
    }

    /// The owner of every base in `slots` (one node has each base; the leaves share one with
    /// nothing below it, which is left unowned): -1 where no node's children start.
    ///
    /// ```swift
    /// let owners = Lexicon.owners(of: slots)   // owners[base(s)] == s for a node s with children
    /// ```
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
}

/// The steps of a walk, on the trie's buffer: shared by ``Lexicon/TrieView`` and the segmenter's
/// lattice (``WordSegmenter/withSegments(_:_:_:)``).
enum TrieSteps {
    /// The child of `node` for `code`, or -1. The slot at the node's base plus `code` is its child
    /// if it is marked `code` (``TrieSlot``; the bit operations are written out here, where they
    /// are inlined into every walk).
    @inline(__always)
    static func child(_ slots: UnsafeBufferPointer<TrieSlot>, of node: Int, code: Int) -> Int {
        let slot = Int(slots[node].link &>> 8) &+ code
        return Int(slots[slot].link & 0xFF) == code ? slot : -1
    }

    /// The walk from `start`: `code(index)` is the trie code at `index`, 0 where the text ends or
    /// holds what no word does; `body(end, cost)` for each word on the way.
    @inline(__always)
    static func forEachWord(
        _ slots: UnsafeBufferPointer<TrieSlot>, from start: Int, code: (Int) -> Int, _ body: (Int, Float) -> Void
    ) {
        var node = 0
        var index = start
        while true {
            let code = code(index)
            if code == 0 { return }
            node = child(slots, of: node, code: code)
            if node < 0 { return }
            index &+= 1
            let cost = slots[node].cost
            if cost.isFinite { body(index, cost) }
        }
    }
}

extension LexiconBuilder {
    /// The words of the `word<TAB>count` rows of an embedded mapping file, each with
    /// `count + smoothing` (a row whose count does not come out positive is malformed).
    ///
    /// Complexity: O(n) in the size of the file.
    init(file: String, smoothing: Double = 0) throws(MappingTable.Failure) {
        var text = try MappingTable.text(of: file)
        let built = text.withUTF8 { bytes in Result { () throws(MalformedRow) in try LexiconBuilder(rows: bytes, smoothing: smoothing) } }
        switch built {
        case .success(let builder): self = builder
        case .failure(let row): throw .malformed(file: file, line: row.line, reason: "expected WORD<TAB>COUNT")
        }
    }

    /// Inserts the word spelled by `codes` (trie codes, none 0) with `count` occurrences; returns
    /// its node, or nil if a code is 0 (a scalar no word holds).
    ///
    /// ```swift
    /// let node = builder.insert(codes: [2, 3], count: 1)
    /// ```
    ///
    /// Complexity: O(codes.count).
    mutating func insert(codes: [UInt8], count occurrences: Double) -> Int? {
        codes.withUnsafeBufferPointer { insert(codes: $0, count: occurrences) }
    }
}

/// The tries of the embedded word lists, laid out by the build (`embed-mappings`).
extension EmbeddedTries {
    /// The trie of the embedded word list `file`, or nil if the build holds none for it.
    ///
    /// Complexity: O(n) in the size of the image.
    static func image(of file: String) -> TrieImage? {
        images[file].flatMap { text in text.withUTF8Buffer { TrieImage(base64: $0) } }
    }
}
