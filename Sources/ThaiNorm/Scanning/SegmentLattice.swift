import ThaiTrie

extension WordSegmenter {
    /// The tokens of one segmentation (``WordSegmenter/withSegments(_:_:_:)``), in order, read in
    /// place: valid only during the call that hands them over (keep them with `Array(segments)`).
    ///
    /// ```swift
    /// segmenter.withSegments(line, run) { segments in segments.contains { !$0.known } }
    /// ```
    ///
    /// Complexity: O(1) to read a token (bounds-checked).
    public struct Segments: RandomAccessCollection {
        private let tokens: UnsafeBufferPointer<Token>

        fileprivate init(_ tokens: UnsafeBufferPointer<Token>) {
            self.tokens = tokens
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { tokens.count }

        public subscript(position: Int) -> Token {
            precondition(position >= 0 && position < tokens.count, "a token index out of range")
            return tokens[position]
        }

        public func withContiguousStorageIfAvailable<Result>(
            _ body: (UnsafeBufferPointer<Token>) throws -> Result
        ) rethrows -> Result? {
            try body(tokens)
        }
    }

    /// Calls `body` with the tokens of `text[range]` (as ``segment(_:_:)`` gives them), in memory
    /// valid only during the call: no array is made, for a caller that only reads them (this runs
    /// on every run of every line, and making an array costs more than a short run's lattice).
    ///
    /// The lattice, the run's trie codes and the tokens live in temporary (stack) storage, and the
    /// trie is walked inline from every position of the run over the codes, which end with a 0.
    ///
    /// ```swift
    /// segmenter.withSegments(line, 0..<line.count) { $0.map(\.range) }
    /// ```
    ///
    /// Complexity: O(n · longest word) for a run of n scalars.
    public func withSegments<Result>(
        _ text: [Unicode.Scalar], _ range: Range<Int>, _ body: (Segments) -> Result
    ) -> Result {
        guard !range.isEmpty else { return body(Segments(UnsafeBufferPointer(start: nil, count: 0))) }
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "a run outside the text")
        let n = range.count
        let start = range.lowerBound
        let unknownUnitCost = unknownUnitCost
        // lattice[j]: the cheapest cost to reach start + j, where its last token starts (an offset)
        // and whether that token is a known word.
        return withUnsafeTemporaryAllocation(of: Step.self, capacity: n + 1) { lattice in
            for j in 0...n { lattice[j] = Step(cost: .infinity, from: -1, known: false) }
            lattice[0].cost = 0
            @inline(__always) func relax(_ j: Int, _ cost: Float, from i: Int, known: Bool) {
                if cost < lattice[j].cost { lattice[j] = Step(cost: cost, from: Int32(i), known: known) }
            }
            // The run's trie codes, found once: each scalar is read by the walks of several positions.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { codes in
                lexicon.slots.withUnsafeBufferPointer { slots in
                    text.withUnsafeBufferPointer { text in
                        for k in 0..<n { codes[k] = UInt8(truncatingIfNeeded: TrieAlphabet.code(text[start &+ k])) }
                        codes[n] = 0
                        let codes = UnsafePointer(codes.baseAddress!)
                        for i in 0..<n where lattice[i].cost.isFinite {
                            let position = start + i
                            let here = lattice[i].cost
                            if text[position].isSpace {
                                relax(i + 1, here, from: i, known: true)
                                continue
                            }
                            TrieSteps.forEachWord(slots, from: i, code: { Int(codes[$0]) }) { end, cost in
                                relax(end, here + cost, from: i, known: true)
                            }
                            let j = ThaiUnits.unitEnd(text, from: position, limit: range.upperBound) - start
                            relax(j, here + unknownUnitCost, from: i, known: false)
                        }
                    }
                }
            }
            // Back from the end: count the tokens, then fill them in from the last.
            var count = 0
            var j = n
            while j > 0 { j = Int(lattice[j].from); count += 1 }
            return withUnsafeTemporaryAllocation(of: Token.self, capacity: count) { tokens in
                var j = n
                var k = count
                while j > 0 {
                    let i = Int(lattice[j].from)
                    k -= 1
                    tokens.initializeElement(at: k, to: Token(range: (start + i)..<(start + j), known: lattice[j].known,
                                                                 cost: lattice[j].cost - lattice[i].cost))
                    j = i
                }
                defer { _ = tokens.deinitialize() }
                return body(Segments(UnsafeBufferPointer(tokens)))
            }
        }
    }
}
