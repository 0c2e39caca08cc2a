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

    /// One position of the lattice: the cheapest way there (``withSegments(_:_:_:)``).
    struct Step {
        var cost: Float
        var from: Int32
        var known: Bool
    }
}
