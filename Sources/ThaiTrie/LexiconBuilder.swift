/// Collects words and their counts into a trie: the one a lexicon is made of (laid out by
/// ``TrieLayout``), or any other over small codes (the English vocabulary's).
///
/// Words are inserted one by one, without being kept: a word list is read straight into
/// the trie (at build time for the embedded lists, see ``TrieImage``). Input sorted by word (as the shipped
/// list is) takes the fast path, since each word shares its prefix with the
/// word before; once a word leaves the trie, the rest of it is appended as new
/// nodes without searching. A word listed twice keeps its largest count.
///
/// ```swift
/// var builder = LexiconBuilder()
/// builder.insert(Array("การ".unicodeScalars), count: 10)
/// let image = TrieImage(builder: builder, costing: .relativeFrequency)
/// ```
///
/// Complexity: O(length) per word, times the children scanned at a node on the slow path.
package struct LexiconBuilder {
    package struct Node {
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// The newest child: where a sorted word list goes on.
        var lastChild: Int32 = -1
        var code: UInt8
        /// The count of the word ending here (0: none).
        var count: Double = 0
    }

    /// Node 0 is the root.
    package private(set) var nodes: [Node] = [Node(code: 0)]
    /// All counts given, the words skipped included: the denominator of every word's probability.
    package private(set) var total: Double = 0
    package private(set) var longest = 0
    package private(set) var words = 0
    /// The largest count of a word.
    package private(set) var highestCount: Double = 0

    package init(expectedNodes: Int = 0) {
        nodes.reserveCapacity(expectedNodes)
    }

    /// Adds `word` seen `occurrences` times. Words with a scalar outside the trie's alphabet
    /// (``TrieAlphabet/code(_:)``), and counts that are not positive, are skipped; their counts
    /// still add to the total.
    package mutating func insert(_ word: some Collection<Unicode.Scalar>, count occurrences: Double) {
        let codes = word.map { UInt8(TrieAlphabet.code($0)) }
        _ = codes.withUnsafeBufferPointer { insert(codes: $0, count: occurrences) }
    }

    /// As ``insert(_:count:)``, for a word given as codes (0: a scalar outside the alphabet);
    /// returns the node where the word ends, or nil if it was skipped.
    @discardableResult
    package mutating func insert(codes: UnsafeBufferPointer<UInt8>, count occurrences: Double) -> Int? {
        total += occurrences
        guard occurrences > 0, !codes.isEmpty, !codes.contains(0) else { return nil }
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
                nodes.append(Node(code: code))
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
            nodes.append(Node(code: codes[position]))
            nodes[node].firstChild = Int32(next)
            nodes[node].lastChild = Int32(next)
            node = next
            position += 1
        }
        if nodes[node].count == 0 { words += 1 }
        nodes[node].count = max(nodes[node].count, occurrences)
        highestCount = max(highestCount, occurrences)
        longest = max(longest, codes.count)
        return node
    }

    /// Calls `body(code, child)` for each child of `node`, in the order they were made.
    package func forEachChild(of node: Int, _ body: (_ code: UInt8, _ child: Int) -> Void) {
        var child = Int(nodes[node].firstChild)
        while child >= 0 {
            body(nodes[child].code, child)
            child = Int(nodes[child].nextSibling)
        }
    }
}

extension LexiconBuilder {
    /// A row that is not `word<TAB>count` with a count that comes out positive.
    package struct MalformedRow: Error {
        /// 1-based line number.
        package var line: Int
    }

    /// The words of the `word<TAB>count` rows of a word list's UTF-8 `bytes` (see
    /// ``TabSeparatedRows``), each with `count + smoothing`.
    ///
    /// Reads the bytes directly: tens of thousands of rows.
    package init(rows bytes: UnsafeBufferPointer<UInt8>, smoothing: Double = 0) throws(MalformedRow) {
        var builder = LexiconBuilder(expectedNodes: bytes.count / 8)
        var malformed: Int?
        var codes: [UInt8] = []
        TabSeparatedRows.forEach(in: bytes) { line, fields in
            guard fields.count >= 2, let length = Self.codes(bytes, fields[0], into: &codes),
                  let count = Self.number(bytes, fields[1]), count + smoothing > 0 else {
                malformed = line
                return false
            }
            _ = codes.withUnsafeBufferPointer { builder.insert(codes: UnsafeBufferPointer(rebasing: $0[..<length]), count: count + smoothing) }
            return true
        }
        if let malformed { throw MalformedRow(line: malformed) }
        self = builder
    }

    /// Decodes well-formed UTF-8 `bytes[range]` into the trie codes of its scalars
    /// (``TrieAlphabet/code(_:)``, 0 for a scalar outside the alphabet) at the start of `result`, which it
    /// lengthens if needed; returns how many, or nil if the bytes are not well-formed.
    private static func codes(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into result: inout [UInt8]
    ) -> Int? {
        // At most one code a byte: written into the buffer, then cut to what was written.
        if result.count < range.count { result = [UInt8](repeating: 0, count: max(range.count, 2 * result.count)) }
        var written = 0
        let wellFormed = result.withUnsafeMutableBufferPointer { result in
            var index = range.lowerBound
            while index < range.upperBound {
                let lead = bytes[index]
                // Nearly every scalar of the list is Thai: three bytes, E0 B8 80 – E0 B9 BF, code
                // 1 + the scalar's offset in the block.
                if lead == 0xE0, index + 2 < range.upperBound, bytes[index + 1] & 0xFE == 0xB8, bytes[index + 2] & 0xC0 == 0x80 {
                    result[written] = (bytes[index + 1] & 1) << 6 | (bytes[index + 2] & 0x3F) + 1
                    written += 1
                    index += 3
                    continue
                }
                // Anything else by the standard library's strict decoder, within the field.
                var parser = Unicode.UTF8.ForwardParser()
                var input = UnsafeBufferPointer(rebasing: bytes[index..<range.upperBound]).makeIterator()
                guard case .valid(let encoded) = parser.parseScalar(from: &input) else { return false }
                result[written] = UInt8(TrieAlphabet.code(Unicode.UTF8.decode(encoded)))
                written += 1
                index += encoded.count
            }
            return true
        }
        return wellFormed ? written : nil
    }

    /// The decimal number (digits, an optional fraction) in `bytes[range]`, or nil.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var value = 0.0, scale = 0.0, digits = 0
        for index in range {
            let byte = bytes[index]
            if byte == 0x2E, scale == 0 { scale = 1; continue }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            digits += 1
            if scale == 0 { value = value * 10 + Double(byte - 0x30) } else { scale /= 10; value += Double(byte - 0x30) * scale }
        }
        return digits > 0 ? value : nil
    }
}
