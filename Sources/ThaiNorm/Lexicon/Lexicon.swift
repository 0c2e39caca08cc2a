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
}
