import ThaiTrie

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
        var builder = Builder()
        var phrases: [Phrase] = []
        for (_, fields) in try MappingTable.numberedRows(of: glossary) {
            let term = fields[0]
            let parts = term.split(separator: " ")
            for part in parts {
                builder.insert(part.unicodeScalars.lazy.map { Self.code($0) }, cost: Self.glossaryWordCost, display: String(part))
            }
            if parts.count > 1 {
                phrases.append(Phrase(keys: parts.map { $0.lowercased() }, display: String(term)))
            }
        }
        // The general list has tens of thousands of rows: read as bytes (a byte that is not
        // ASCII, like a character outside the alphabet, ends the word's path).
        var text = try MappingTable.text(of: words)
        text.withUTF8 { bytes in
            TabSeparatedRows.forEach(in: bytes) { _, fields in
                builder.insert(bytes[fields[0]].lazy.map { $0 < 0x80 ? Self.code(Unicode.Scalar($0)) : nil },
                               cost: Self.generalWordCost, display: nil)
                return true
            }
        }
        (edgeStart, edgeCode, edgeChild, parent) = builder.edges()
        cost = builder.cost
        display = builder.display
        self.phrases = phrases
    }

    /// The trie while words are inserted: each node's children as a list of siblings, so that a
    /// node costs no array of its own. Nodes are numbered in the order they are made.
    private struct Builder {
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var code: [UInt8] = [0]
        var cost: [Float] = [.infinity]
        var display: [String?] = [nil]

        /// Inserts the word spelled by `codes`; a code that is nil (a character outside the
        /// alphabet) stops it there, the nodes made so far kept without a word.
        mutating func insert(_ codes: some Sequence<Int?>, cost wordCost: Float, display shown: String?) {
            var node = 0
            for letter in codes {
                guard let letter else { return }
                node = child(of: node, code: UInt8(letter))
            }
            if wordCost < cost[node] { cost[node] = wordCost }
            if let shown, display[node] == nil { display[node] = shown }
        }

        private mutating func child(of node: Int, code letter: UInt8) -> Int {
            var sibling = firstChild[node]
            while sibling >= 0 {
                if code[Int(sibling)] == letter { return Int(sibling) }
                sibling = nextSibling[Int(sibling)]
            }
            let made = Int32(code.count)
            firstChild.append(-1)
            nextSibling.append(firstChild[node])
            code.append(letter)
            cost.append(.infinity)
            display.append(nil)
            firstChild[node] = made
            return Int(made)
        }

        /// The edge lists, codes ascending, and each node's parent.
        func edges() -> (start: [Int], code: [Int], child: [Int], parent: [(node: Int32, code: UInt8)]) {
            var parent = [(node: Int32, code: UInt8)](repeating: (-1, 0), count: code.count)
            var start: [Int] = [], codes: [Int] = [], children: [Int] = []
            start.reserveCapacity(code.count + 1)
            codes.reserveCapacity(code.count)
            children.reserveCapacity(code.count)
            var slots = [Int32](repeating: -1, count: EnglishVocabulary.alphabet.count)
            for node in 0..<code.count {
                start.append(codes.count)
                var sibling = firstChild[node]
                guard sibling >= 0 else { continue }
                while sibling >= 0 {
                    slots[Int(code[Int(sibling)])] = sibling
                    sibling = nextSibling[Int(sibling)]
                }
                for letter in slots.indices where slots[letter] >= 0 {
                    let child = slots[letter]
                    parent[Int(child)] = (Int32(node), UInt8(letter))
                    codes.append(letter)
                    children.append(Int(child))
                    slots[letter] = -1
                }
            }
            start.append(codes.count)
            return (start, codes, children, parent)
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
