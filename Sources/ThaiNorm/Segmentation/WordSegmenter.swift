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
        guard !range.isEmpty else { return [] }
        let n = range.count
        let start = range.lowerBound
        // best[j]: cheapest cost to reach start + j; back[j]: where its last token starts (offset).
        var best = [Float](repeating: .infinity, count: n + 1)
        var back = [Int32](repeating: -1, count: n + 1)
        var backKnown = [Bool](repeating: false, count: n + 1)
        best[0] = 0
        let unknownUnitCost = unknownUnitCost
        // The trie is walked inline, through unchecked views: this runs on every line of every document.
        lexicon.withTrie { trie in
            text.withUnsafeBufferPointer { text in
                best.withUnsafeMutableBufferPointer { best in
                    back.withUnsafeMutableBufferPointer { back in
                        backKnown.withUnsafeMutableBufferPointer { backKnown in
                            @inline(__always) func relax(_ j: Int, _ cost: Float, from i: Int, known: Bool) {
                                if cost < best[j] { best[j] = cost; back[j] = Int32(i); backKnown[j] = known }
                            }
                            for i in 0..<n where best[i].isFinite {
                                let position = start + i
                                let here = best[i]
                                if text[position].isSpace {
                                    relax(i + 1, here, from: i, known: true)
                                    continue
                                }
                                trie.forEachWord(in: text, from: position, upTo: range.upperBound) { end, cost in
                                    relax(end - start, here + cost, from: i, known: true)
                                }
                                let j = ThaiUnits.unitEnd(text, from: position, limit: range.upperBound) - start
                                relax(j, here + unknownUnitCost, from: i, known: false)
                            }
                        }
                    }
                }
            }
        }
        var tokens: [Token] = []
        var j = n
        while j > 0 {
            let i = Int(back[j])
            tokens.append(Token(range: (start + i)..<(start + j), known: backKnown[j], cost: best[j] - best[i]))
            j = i
        }
        return tokens.reversed()
    }
}
