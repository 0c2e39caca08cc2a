import ThaiTrie

/// Segments a run of Thai letters into words: the path of lexicon words and
/// unknown units with the lowest total cost (Viterbi over a lattice).
///
/// A known word costs −ln of its relative frequency; an unknown unit (see
/// ``ThaiUnits``) costs ``unknownUnitCost``, more than the rarest known word,
/// so a word in the lexicon always beats spelling it out, and unknown names
/// come out as runs of unknown units instead of breaking the path.
///
/// ```swift
/// let tokens = WordSegmenter().segment(Array("การป้องกันความเสี่ยง".unicodeScalars))
/// tokens.map(\.range)   // [0..<3, 3..<10, 10..<20] (การ | ป้องกัน | ความเสี่ยง)
/// ```
///
/// Complexity: O(n · longest word) for a run of n scalars.
public struct WordSegmenter: Sendable {
    public struct Token: Sendable, Equatable {
        public var range: Range<Int>
        public var known: Bool
        public var cost: Float
    }

    public let lexicon: Lexicon
    public var unknownUnitCost: Float

    public init(lexicon: Lexicon = .shared, unknownUnitCost: Float? = nil) {
        self.lexicon = lexicon
        self.unknownUnitCost = unknownUnitCost ?? lexicon.rareWordCost + 1
    }

    /// Segments all of `text`.
    public func segment(_ text: [Unicode.Scalar]) -> [Token] {
        segment(text, 0..<text.count)
    }

    /// Segments `text[range]`; token ranges are offsets into `text`. A single space (U+0020)
    /// is a free token of its own (known, cost 0): runs of words may hold spaces.
    public func segment(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Token] {
        withSegments(text, range) { Array($0) }
    }

    /// Calls `body` with the tokens of `text[range]` (as ``segment(_:_:)`` gives them), in memory
    /// valid only during the call: no array is made, for a caller that only reads them (this runs
    /// on every run of every line, and making an array costs more than a short run's lattice).
    public func withSegments<Result>(
        _ text: [Unicode.Scalar], _ range: Range<Int>, _ body: (UnsafeBufferPointer<Token>) -> Result
    ) -> Result {
        guard !range.isEmpty else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
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
            // The trie is walked inline, through unchecked views, over the run's trie codes (found
            // once: each scalar is read by the walks of several positions), which end with a 0.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { codes in
                lexicon.withTrie { trie in
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
                            trie.forEachWord(codes: codes, from: i) { end, cost in
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
                return body(UnsafeBufferPointer(tokens))
            }
        }
    }

    /// One position of the lattice: the cheapest way there.
    private struct Step {
        var cost: Float
        var from: Int32
        var known: Bool
    }
}
