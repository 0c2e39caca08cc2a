/// English words and terms the garbled-English decoder may choose from:
/// the glossary of government, management and IT terms
/// (`mappings/english-glossary.txt`, with their casing and multi-word
/// phrases) and a general word list (`mappings/english-words.txt`).
///
/// Words are keyed in lowercase; glossary words cost less than general ones.
public final class EnglishVocabulary: Sendable {
    public static let shared: EnglishVocabulary = MappingTable.required { () throws(MappingTable.Failure) in
        try EnglishVocabulary(glossary: "english-glossary.txt", words: "english-words.txt")
    }

    /// A multi-word glossary term.
    public struct Phrase: Sendable {
        public var keys: [String]
        public var display: String
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
    let display: [String?]       // node → glossary casing
    public let phrases: [Phrase]

    public init(glossary: String, words: String) throws(MappingTable.Failure) {
        // Built with a slot per letter, kept as edge lists.
        var children: [[Int32]] = [Array(repeating: -1, count: Self.alphabet.count)]
        var cost: [Float] = [.infinity]
        var display: [String?] = [nil]
        func insert(_ word: Substring, cost wordCost: Float, display shown: String?) {
            var node = 0
            for scalar in word.unicodeScalars {
                guard let code = Self.code(scalar) else { return }
                if children[node][code] < 0 {
                    children[node][code] = Int32(children.count)
                    children.append(Array(repeating: -1, count: Self.alphabet.count))
                    cost.append(.infinity)
                    display.append(nil)
                }
                node = Int(children[node][code])
            }
            if wordCost < cost[node] { cost[node] = wordCost }
            if let shown, display[node] == nil { display[node] = shown }
        }
        var phrases: [Phrase] = []
        for (_, fields) in try MappingTable.numberedRows(of: glossary) {
            let term = fields[0]
            let parts = term.split(separator: " ")
            for part in parts { insert(part, cost: Self.glossaryWordCost, display: String(part)) }
            if parts.count > 1 {
                phrases.append(Phrase(keys: parts.map { $0.lowercased() }, display: String(term)))
            }
        }
        for (_, fields) in try MappingTable.numberedRows(of: words) {
            insert(fields[0], cost: Self.generalWordCost, display: nil)
        }
        var parent = [(node: Int32, code: UInt8)](repeating: (-1, 0), count: children.count)
        var edgeStart: [Int] = [], edgeCode: [Int] = [], edgeChild: [Int] = []
        for (node, slots) in children.enumerated() {
            edgeStart.append(edgeCode.count)
            for (code, child) in slots.enumerated() where child >= 0 {
                parent[Int(child)] = (Int32(node), UInt8(code))
                edgeCode.append(code)
                edgeChild.append(Int(child))
            }
        }
        edgeStart.append(edgeCode.count)
        self.edgeStart = edgeStart
        self.edgeCode = edgeCode
        self.edgeChild = edgeChild
        self.parent = parent
        self.cost = cost
        self.display = display
        self.phrases = phrases
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
