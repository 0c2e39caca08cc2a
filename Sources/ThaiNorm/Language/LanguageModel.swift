/// How well text reads as government Thai: a character 6-gram model with modified
/// Kneser–Ney smoothing (`mappings/language-model.txt`, made by `scripts/build-language-model`
/// from the shared corpus, the benchmark's documents held out).
///
/// A repair is judged by how the text around it reads before and after: ``gain(in:replacing:with:)``
/// is the change in log10 probability of the line that the repair makes, counted over the
/// characters whose context it changes.
///
/// ```swift
/// let model = LanguageModel.shared
/// let line = Array("จัดขึ้นทีทำเนียบรัฐบาล".unicodeScalars)
/// model.gain(in: line, replacing: 9..<9, with: ["\u{0E48}"])   // about 4.3: ที่ทำเนียบ reads better
/// ```
///
/// Symbols: the Thai block U+0E01…U+0E5B one each; any whitespace; any Latin letter; any ASCII
/// digit; anything else; and the start or end of a line.
///
/// Complexity: a symbol's probability is at most 21 binary searches (6-gram: every order of its
/// context, each found through its prefixes); ``gain(in:replacing:with:)`` scores the edited
/// span and the 5 symbols after it, twice.
public struct LanguageModel: Sendable {
    /// The symbol of the start and end of a line.
    static let boundary: UInt8 = 0
    static let space: UInt8 = 92, latin: UInt8 = 93, digit: UInt8 = 94, other: UInt8 = 95
    /// The log10 probability of a symbol the model never saw (a Thai code point the corpus
    /// does not use), before any backoff weights.
    static let unseen = -7.65

    let grams: PackedNGrams

    /// The highest order: a symbol is predicted from the `order - 1` before it.
    public var order: Int { grams.order }

    /// The model of the embedded `mappings/language-model.txt`.
    public static let shared: LanguageModel = MappingTable.required { () throws(MappingTable.Failure) in
        try LanguageModel(file: "language-model.txt")
    }

    /// A model of packed tables (tests build small ones).
    init(grams: PackedNGrams) {
        self.grams = grams
    }

    /// Reads a model file: `#` header lines, then base64 of the packed model.
    init(file: String) throws(MappingTable.Failure) {
        let text = try MappingTable.text(of: file)
        var body: [UInt8] = []
        body.reserveCapacity(text.utf8.count)
        var lineStart = true, comment = false
        for byte in text.utf8 {
            if lineStart { comment = byte == UInt8(ascii: "#") }
            lineStart = byte == UInt8(ascii: "\n")
            if !comment, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") { body.append(byte) }
        }
        do {
            grams = try PackedNGrams(base64: body)
        } catch {
            throw .malformed(file: file, line: 0, reason: error.reason)
        }
    }

    /// The model's symbol for `scalar`.
    public static func symbol(of scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        case 0x0E01...0x0E5B: UInt8(scalar.value - 0x0E00)
        case 0x30...0x39: digit
        case 0x41...0x5A, 0x61...0x7A: latin
        default: scalar.properties.isWhitespace ? space : other
        }
    }

    /// The symbols of a line, with the line's start and end.
    static func symbols(of line: some Sequence<Unicode.Scalar>) -> [UInt8] {
        [boundary] + line.map(symbol(of:)) + [boundary]
    }

    /// log10 P(symbols[i] | the `order - 1` symbols before it), with Katz-style backoff over
    /// the kept n-grams.
    func log10Probability(at i: Int, in symbols: [UInt8]) -> Double {
        var penalty = 0.0
        var n = min(order, i + 1)
        while n >= 1 {
            // The gram's prefixes, walked once: the history (its first n − 1 symbols) is the
            // step before the gram.
            let start = i - n + 1
            var index = -1, history: Int?, reached = 0
            while reached < n, let next = grams.extend(index, order: reached, with: symbols[start + reached]) {
                index = next
                reached += 1
                if reached == n - 1 { history = index }
            }
            if reached == n {
                return penalty + grams.log10Probability(order: n, index: index)
            }
            if n > 1, let history {
                penalty += grams.log10Backoff(order: n - 1, index: history)
            }
            n -= 1
        }
        return penalty + Self.unseen
    }

    /// log10 P of the symbols `range` of `symbols`, each given those before it.
    func log10Probability(of range: Range<Int>, in symbols: [UInt8]) -> Double {
        range.reduce(0) { $0 + log10Probability(at: $1, in: symbols) }
    }

    /// log10 P of a whole line (its end included) and how many symbols were predicted: for
    /// perplexity, `10^(-total / symbols)`.
    public func log10Probability(ofLine line: some Sequence<Unicode.Scalar>) -> (total: Double, symbols: Int) {
        let symbols = Self.symbols(of: line)
        return (log10Probability(of: 1..<symbols.count, in: symbols), symbols.count - 1)
    }

    /// How much better `line` reads with `range` replaced by `replacement`: the difference in
    /// log10 probability of the line, counted over the symbols the edit changes and the
    /// `order - 1` after them (the rest is the same either way). Positive when the edit reads
    /// better.
    ///
    /// Complexity: O(k + order) in the length k of the range and the replacement; only the
    /// `order - 1` scalars either side are read, however long the line.
    public func gain(in line: [Unicode.Scalar], replacing range: Range<Int>,
                     with replacement: some Collection<Unicode.Scalar>) -> Double {
        let (head, tail) = context(of: range, in: line)
        let before = head + line[range].map(Self.symbol(of:)) + tail
        let after = head + replacement.map(Self.symbol(of:)) + tail
        return log10Probability(of: scored(head: head, tail: tail, count: after.count), in: after)
            - log10Probability(of: scored(head: head, tail: tail, count: before.count), in: before)
    }

    /// The gains (as ``gain(in:replacing:with:)``) of `replacements` of `range`, reading the
    /// text as it is once; nil when no replacement can gain `minimum`: whatever replaces the
    /// range (as long as it, longer, or shorter: an insertion at an empty range) reads at best
    /// with probability 1, and the symbols after it are the same, so the text as it is, read
    /// over those symbols, bounds what any can gain.
    ///
    /// ```swift
    /// let line = Array("จัดขึ้นทีทำเนียบ".unicodeScalars)
    /// model.gains(in: line, replacing: 9..<9, with: [["\u{0E48}"], ["\u{0E49}"]], reaching: 3)
    /// // [≈ 4.3, < 0]: ที่ reads far better, ที้ worse
    /// ```
    ///
    /// Complexity: O((r + 1)(k + order)) for r replacements of length at most k.
    public func gains(in line: [Unicode.Scalar], replacing range: Range<Int>,
                      with replacements: [[Unicode.Scalar]], reaching minimum: Double) -> [Double]? {
        let (head, tail) = context(of: range, in: line)
        var symbols = head + line[range].map(Self.symbol(of:)) + tail
        let asItIs = log10Probability(of: scored(head: head, tail: tail, count: symbols.count), in: symbols)
        guard -asItIs >= minimum else { return nil }
        return replacements.map { replacement in
            if replacement.count == range.count, symbols.count == head.count + range.count + tail.count {
                for (k, scalar) in replacement.enumerated() { symbols[head.count + k] = Self.symbol(of: scalar) }
            } else {
                symbols = head + replacement.map(Self.symbol(of:)) + tail
            }
            return log10Probability(of: scored(head: head, tail: tail, count: symbols.count), in: symbols) - asItIs
        }
    }

    /// The symbols an edit of `range` is read with: the `order - 1` scalars either side (with
    /// the line's start or end where the window reaches it).
    private func context(of range: Range<Int>, in line: [Unicode.Scalar]) -> (head: [UInt8], tail: [UInt8]) {
        let reach = order - 1
        let lower = max(0, range.lowerBound - reach), upper = min(line.count, range.upperBound + reach)
        let head = (lower == 0 ? [Self.boundary] : []) + line[lower..<range.lowerBound].map(Self.symbol(of:))
        let tail = line[range.upperBound..<upper].map(Self.symbol(of:)) + (upper == line.count ? [Self.boundary] : [])
        return (head, tail)
    }

    /// The symbols whose probability an edit can change, in a window of `count` symbols made of
    /// `head`, the edited text and `tail`: from the edit to `order - 1` past it.
    private func scored(head: [UInt8], tail: [UInt8], count: Int) -> Range<Int> {
        head.count..<min(count, count - tail.count + order - 1)
    }
}
