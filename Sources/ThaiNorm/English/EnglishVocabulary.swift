import ThaiTrie

/// English words and terms the garbled-English decoder may choose from, all
/// taken from what Thai government text quotes (`scripts/build-english-terms`):
/// the glossary of terms written in brackets after the Thai
/// (`mappings/english-terms.tsv`, with their casing and multi-word phrases)
/// and every English word the text uses (`mappings/english-words.txt`).
///
/// Words are keyed in lowercase; glossary words cost less than general ones.
public final class EnglishVocabulary: Sendable {
    public static let shared: EnglishVocabulary = MappingTable.required { () throws(MappingTable.Failure) in
        try EnglishVocabulary(glossary: "english-terms.tsv", words: "english-words.txt")
    }

    /// A multi-word glossary term.
    public struct Phrase: Sendable {
        public var keys: [String] {
            didSet { keyScalars = keys.map { Array($0.unicodeScalars) } }
        }
        public var display: String
        /// ``keys`` as scalars, for looking their costs up without hashing strings.
        public private(set) var keyScalars: [[Unicode.Scalar]]

        public init(keys: [String], display: String) {
            self.keys = keys
            self.display = display
            keyScalars = keys.map { Array($0.unicodeScalars) }
        }
    }

    public static let glossaryWordCost: Float = 1.0
    public static let generalWordCost: Float = 4.0

    // Trie over a-z, 0-9 and "-".
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-".unicodeScalars)
    static func code(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x61...0x7A: Int(scalar.value - 0x61)
        case 0x41...0x5A: Int(scalar.value - 0x41)
        case 0x30...0x39: 26 + Int(scalar.value - 0x30)
        case 0x2D: 36
        default: nil
        }
    }

    /// The trie: node → its children, for walking without scanning empty slots. The edges of
    /// `node` are edgeCode/edgeChild[edgeStart[node]..<edgeStart[node + 1]], codes ascending.
    let edgeStart: [Int]
    let edgeCode: [Int]
    let edgeChild: [Int]
    /// node → its parent and the code that leads to it (the root has -1), to spell a node's word.
    let parent: [(node: Int32, code: UInt8)]
    let cost: [Float]            // node → word cost (+∞ none)
    /// The edge lists and costs together, checked, for the decoder's search.
    let edges: EdgeTrie
    let display: [String?]       // node → glossary casing
    public let phrases: [Phrase]

    public init(glossary: String, words: String) throws(MappingTable.Failure) {
        var trie = Words()
        var phrases: [Phrase] = []
        for (_, fields) in try MappingTable.numberedRows(of: glossary) {
            let term = fields[0]
            let parts = term.split(separator: " ")
            for part in parts { trie.insert(part.unicodeScalars, cost: Self.glossaryWordCost, display: String(part)) }
            if parts.count > 1 {
                phrases.append(Phrase(keys: parts.map { $0.lowercased() }, display: String(term)))
            }
        }
        // The general list has tens of thousands of rows: read as bytes (one that is not ASCII is
        // no letter of the alphabet either).
        var text = try MappingTable.text(of: words)
        text.withUTF8 { bytes in
            TabSeparatedRows.forEach(in: bytes) { _, fields in
                trie.insert(bytes[fields[0]].lazy.map { $0 < 0x80 ? Unicode.Scalar($0) : "\u{FFFD}" },
                            cost: Self.generalWordCost, display: nil)
                return true
            }
        }
        // Edge lists, codes ascending, and each node's parent.
        let builder = trie.builder
        var parent = [(node: Int32, code: UInt8)](repeating: (-1, 0), count: builder.nodes.count)
        var edgeStart: [Int] = [], edgeCode: [Int] = [], edgeChild: [Int] = []
        edgeStart.reserveCapacity(builder.nodes.count + 1)
        edgeCode.reserveCapacity(builder.nodes.count)
        edgeChild.reserveCapacity(builder.nodes.count)
        for node in builder.nodes.indices {
            edgeStart.append(edgeCode.count)
            let first = edgeCode.count
            builder.forEachChild(of: node) { code, child in
                // Into code order as they come (a node has few children).
                var at = edgeCode.count
                edgeCode.append(Int(code) - 1)
                edgeChild.append(child)
                while at > first, edgeCode[at - 1] > edgeCode[at] {
                    edgeCode.swapAt(at - 1, at)
                    edgeChild.swapAt(at - 1, at)
                    at -= 1
                }
                parent[child] = (Int32(node), code - 1)
            }
        }
        edgeStart.append(edgeCode.count)
        self.edgeStart = edgeStart
        self.edgeCode = edgeCode
        self.edgeChild = edgeChild
        self.parent = parent
        cost = trie.cost
        edges = EdgeTrie(start: edgeStart, code: edgeCode, child: edgeChild, cost: trie.cost)
        display = trie.display
        self.phrases = phrases
    }

    /// The vocabulary while it is read: the trie, built by the lexicons' ``LexiconBuilder`` over
    /// codes 1…37 (its 0 is a character outside the alphabet, which leaves a word out), and the
    /// cost and casing of each node.
    private struct Words {
        var builder = LexiconBuilder()
        var cost: [Float] = [.infinity]
        var display: [String?] = [nil]
        /// The codes of the word being inserted (kept between words).
        private var codes: [UInt8] = []

        mutating func insert(_ scalars: some Sequence<Unicode.Scalar>, cost wordCost: Float, display shown: String?) {
            codes.removeAll(keepingCapacity: true)
            for scalar in scalars { codes.append(EnglishVocabulary.code(scalar).map { UInt8($0 + 1) } ?? 0) }
            guard let node = builder.insert(codes: codes, count: 1) else { return }
            while cost.count < builder.nodes.count {
                cost.append(.infinity)
                display.append(nil)
            }
            if wordCost < cost[node] { cost[node] = wordCost }
            if let shown, display[node] == nil { display[node] = shown }
        }
    }

    /// The lowercase key spelled by the path to `node`.
    func key(of node: Int) -> [Unicode.Scalar] {
        var letters: [Unicode.Scalar] = []
        var current = node
        while current > 0 {
            let (up, code) = parent[current]
            letters.append(Self.alphabet[Int(code)])
            current = Int(up)
        }
        return letters.reversed()
    }

    /// Whether `word` (any case) is known, and its glossary casing.
    public func lookup(_ word: String) -> (cost: Float, display: String?)? {
        var node = 0
        for scalar in word.unicodeScalars {
            guard let code = Self.code(scalar) else { return nil }
            guard let edge = (edgeStart[node]..<edgeStart[node + 1]).first(where: { edgeCode[$0] == code }) else { return nil }
            node = edgeChild[edge]
        }
        return cost[node].isFinite ? (cost[node], display[node]) : nil
    }
}
