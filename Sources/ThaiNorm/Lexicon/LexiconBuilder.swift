/// Collects words and their counts into the trie a ``Lexicon`` is made of.
///
/// Words are inserted one by one, without being kept: the lexicon file is read
/// straight into the trie at every start. Input sorted by word (as the shipped
/// list is) takes the fast path, since each word shares its prefix with the
/// word before. A word listed twice keeps its largest count.
///
/// ```swift
/// var builder = LexiconBuilder()
/// builder.insert(Array("การ".unicodeScalars), count: 10)
/// let lexicon = Lexicon(builder: builder)
/// ```
///
/// Complexity: O(length) per word, times the children scanned at a node on the slow path.
struct LexiconBuilder {
    var firstChild: [Int32] = [-1]
    var nextSibling: [Int32] = [-1]
    var nodeCode: [UInt8] = [0]
    var parent: [Int32] = [-1]
    /// The newest child of each node: where a sorted word list goes on.
    var lastChild: [Int32] = [-1]
    /// The count of the word ending at each node (0: none).
    var count: [Double] = [0]
    /// All counts given, the words skipped included: the denominator of every word's probability.
    var total: Double = 0
    var longest = 0
    var words = 0

    init(expectedNodes: Int = 0) {
        firstChild.reserveCapacity(expectedNodes)
        nextSibling.reserveCapacity(expectedNodes)
        nodeCode.reserveCapacity(expectedNodes)
        parent.reserveCapacity(expectedNodes)
        lastChild.reserveCapacity(expectedNodes)
        count.reserveCapacity(expectedNodes)
    }

    /// Adds `word` seen `occurrences` times. Words with a scalar outside the trie's alphabet
    /// (``Lexicon/code(_:)``), and counts that are not positive, are skipped; their counts
    /// still add to the total.
    mutating func insert(_ word: some Collection<Unicode.Scalar>, count occurrences: Double) {
        total += occurrences
        guard occurrences > 0, !word.isEmpty, !word.contains(where: { Lexicon.code($0) == 0 }) else { return }
        var node = 0
        for scalar in word {
            let code = Lexicon.code(scalar)
            let newest = Int(lastChild[node])
            if newest >= 0, Int(nodeCode[newest]) == code {
                node = newest
                continue
            }
            var child = Int(firstChild[node])
            var previous = -1
            while child >= 0, Int(nodeCode[child]) != code {
                previous = child
                child = Int(nextSibling[child])
            }
            if child < 0 {
                child = nodeCode.count
                lastChild[node] = Int32(child)
                lastChild.append(-1)
                firstChild.append(-1)
                nextSibling.append(-1)
                nodeCode.append(UInt8(code))
                parent.append(Int32(node))
                count.append(0)
                if previous >= 0 { nextSibling[previous] = Int32(child) } else { firstChild[node] = Int32(child) }
            }
            node = child
        }
        if count[node] == 0 { words += 1 }
        count[node] = max(count[node], occurrences)
        longest = max(longest, word.count)
    }
}
