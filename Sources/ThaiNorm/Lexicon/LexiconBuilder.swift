/// Collects words and their counts into the trie a ``Lexicon`` is made of.
///
/// Words are inserted one by one, without being kept: the lexicon file is read
/// straight into the trie at every start. Input sorted by word (as the shipped
/// list is) takes the fast path, since each word shares its prefix with the
/// word before; once a word leaves the trie, the rest of it is appended as new
/// nodes without searching. A word listed twice keeps its largest count.
///
/// ```swift
/// var builder = LexiconBuilder()
/// builder.insert(Array("การ".unicodeScalars), count: 10)
/// let lexicon = Lexicon(builder: builder)
/// ```
///
/// Complexity: O(length) per word, times the children scanned at a node on the slow path.
struct LexiconBuilder {
    struct Node {
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// The newest child: where a sorted word list goes on.
        var lastChild: Int32 = -1
        var parent: Int32
        var code: UInt8
        /// The count of the word ending here (0: none).
        var count: Double = 0
    }

    /// Node 0 is the root.
    private(set) var nodes: [Node] = [Node(parent: -1, code: 0)]
    /// All counts given, the words skipped included: the denominator of every word's probability.
    private(set) var total: Double = 0
    private(set) var longest = 0
    private(set) var words = 0
    /// The largest count of a word.
    private(set) var highestCount: Double = 0

    init(expectedNodes: Int = 0) {
        nodes.reserveCapacity(expectedNodes)
    }

    /// Adds `word` seen `occurrences` times. Words with a scalar outside the trie's alphabet
    /// (``Lexicon/code(_:)``), and counts that are not positive, are skipped; their counts
    /// still add to the total.
    mutating func insert(_ word: some Collection<Unicode.Scalar>, count occurrences: Double) {
        let codes = word.map { UInt8(Lexicon.code($0)) }
        codes.withUnsafeBufferPointer { insert(codes: $0, count: occurrences) }
    }

    /// As ``insert(_:count:)``, for a word given as trie codes (0: a scalar outside the alphabet).
    mutating func insert(codes: UnsafeBufferPointer<UInt8>, count occurrences: Double) {
        total += occurrences
        guard occurrences > 0, !codes.isEmpty, !codes.contains(0) else { return }
        var node = 0
        var position = 0
        // Follow the word as far as the trie has it.
        while position < codes.count {
            let code = codes[position]
            let newest = Int(nodes[node].lastChild)
            if newest >= 0, nodes[newest].code == code {
                node = newest
                position += 1
                continue
            }
            var child = Int(nodes[node].firstChild)
            var previous = -1
            while child >= 0, nodes[child].code != code {
                previous = child
                child = Int(nodes[child].nextSibling)
            }
            guard child >= 0 else {
                // A new branch: link its first node after the node's last child.
                let first = nodes.count
                nodes.append(Node(parent: Int32(node), code: code))
                if previous >= 0 { nodes[previous].nextSibling = Int32(first) } else { nodes[node].firstChild = Int32(first) }
                nodes[node].lastChild = Int32(first)
                node = first
                position += 1
                break
            }
            node = child
            position += 1
        }
        // The rest of the word is new: a chain of only children.
        while position < codes.count {
            let next = nodes.count
            nodes.append(Node(parent: Int32(node), code: codes[position]))
            nodes[node].firstChild = Int32(next)
            nodes[node].lastChild = Int32(next)
            node = next
            position += 1
        }
        if nodes[node].count == 0 { words += 1 }
        nodes[node].count = max(nodes[node].count, occurrences)
        highestCount = max(highestCount, occurrences)
        longest = max(longest, codes.count)
    }
}
