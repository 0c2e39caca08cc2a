import Foundation

/// How the counts of a word list become the costs of its words.
package enum WordCosting: Sendable {
    /// −ln of a word's relative frequency: its count over all counts (+1). A word seen once
    /// costs the most. The lexicon.
    case relativeFrequency
    /// ln of the largest count over a word's count: the commonest word costs 0. The syllables.
    case againstMostFrequent

    /// The cost of a word seen once, and the cost of each count, for the counts `builder` holds.
    package func costs(for builder: LexiconBuilder) -> (rareWordCost: Float, cost: (Double) -> Float) {
        switch self {
        case .relativeFrequency:
            let total = builder.total + 1
            return (Float(-log(1 / total)), { count in Float(-log(count / total)) })
        case .againstMostFrequent:
            let top = builder.highestCount
            return (Float(log(top)), { count in Float(log(top / count)) })
        }
    }
}

/// A word list as the library loads it: its file, the smoothing added to every count, and
/// how counts become costs. The embedded lists are laid out at build time (see ``TrieImage``).
package struct WordList: Sendable {
    package var file: String
    package var smoothing: Double
    package var costing: WordCosting

    /// `mappings/lexicon.tsv`: words and their counts.
    package static let lexicon = WordList(file: "lexicon.tsv", smoothing: 0, costing: .relativeFrequency)
    /// `mappings/thai-syllables.tsv`: syllables and how often each stands alone as a word
    /// (+1: a syllable never seen alone is still a syllable).
    package static let syllables = WordList(file: "thai-syllables.tsv", smoothing: 1, costing: .againstMostFrequent)
    /// The lists laid out when the library is built.
    package static let embedded = [lexicon, syllables]
}

/// A trie laid out as a double array, with what a lexicon needs beside it, as bytes: what the
/// build embeds, so that the library does not parse and lay out tens of thousands of words at
/// every start.
///
/// The bytes are little-endian 32-bit words: a magic number, the version, the number of slots,
/// of words, the longest word, the cost of a rare word; then each slot's link (base and code)
/// and cost.
/// They are embedded as base64 text (a Swift string literal holds no other bytes).
///
/// ```swift
/// let image = TrieImage(builder: builder, costing: .relativeFrequency)
/// let text = TrieImage.base64(image.bytes)
/// let again = text.utf8.withContiguousStorageIfAvailable { TrieImage(base64: $0) }!
/// again == image   // true
/// ```
///
/// Complexity: O(n) to encode or decode n slots.
package struct TrieImage: Equatable, Sendable {
    package var slots: [TrieSlot]
    package var words: Int
    package var longest: Int
    package var rareWordCost: Float

    static let magic: UInt32 = 0x5452_4E54   // "TNRT"
    static let version: UInt32 = 2
    static let headerWords = 6

    package init(slots: [TrieSlot], words: Int, longest: Int, rareWordCost: Float) {
        self.slots = slots
        self.words = words
        self.longest = longest
        self.rareWordCost = rareWordCost
    }

    /// The trie of `builder`'s words, costed by `costing`.
    package init(builder: LexiconBuilder, costing: WordCosting) {
        let (rareWordCost, cost) = costing.costs(for: builder)
        self.init(
            slots: TrieLayout.slots(of: builder.nodes) { count in count > 0 ? cost(count) : .infinity },
            words: builder.words, longest: builder.longest, rareWordCost: rareWordCost)
    }

    /// The image as bytes.
    package var bytes: [UInt8] {
        var words: [UInt32] = [Self.magic, Self.version, UInt32(slots.count), UInt32(self.words), UInt32(longest), rareWordCost.bitPattern]
        words.reserveCapacity(Self.headerWords + 2 * slots.count)
        for slot in slots {
            words += [slot.link, slot.cost.bitPattern]
        }
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
    }

    /// The image whose bytes `text` holds in base64 (``base64(_:)``), or nil if it does not
    /// hold an image of this version.
    package init?(base64 text: UnsafeBufferPointer<UInt8>) {
        guard let bytes = Self.decodeBase64(text), bytes.count >= 4 * Self.headerWords, bytes.count % 4 == 0 else { return nil }
        let image: TrieImage? = bytes.withUnsafeBytes { raw in
            func word(_ index: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)) }
            let count = Int(word(2))
            guard word(0) == Self.magic, word(1) == Self.version, raw.count == 4 * (Self.headerWords + 2 * count) else { return nil }
            let slots = [TrieSlot](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    let at = Self.headerWords + 2 * index
                    buffer[index] = TrieSlot(link: word(at), cost: Float(bitPattern: word(at + 1)))
                }
                initialized = count
            }
            return TrieImage(slots: slots, words: Int(word(3)), longest: Int(word(4)), rareWordCost: Float(bitPattern: word(5)))
        }
        guard let image else { return nil }
        self = image
    }

    static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in base64 (RFC 4648, with padding, without line breaks): Foundation's encoder.
    package static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The bytes base64 `text` holds, or nil if it is not base64.
    ///
    /// Two characters at a time, through a table of all pairs (12 bits each): the lexicon's image
    /// is megabytes, decoded at every start.
    package static func decodeBase64(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // An empty buffer may still have an address: it must not reach the padding check.
        guard !text.isEmpty else { return [] }
        guard text.count % 4 == 0, let input = text.baseAddress else { return nil }
        var padding = 0
        while padding < 2, text[text.count - 1 - padding] == UInt8(ascii: "=") { padding += 1 }
        let groups = text.count / 4
        let count = groups * 3 - padding
        // pairs[first | second << 8]: the 12 bits of two base64 characters; 0xFFFF if either is none.
        var pairs = [UInt16](repeating: 0xFFFF, count: 1 << 16)
        for (high, first) in base64Alphabet.enumerated() {
            for (low, second) in base64Alphabet.enumerated() {
                pairs[Int(first) | Int(second) << 8] = UInt16(high << 6 | low)
            }
        }
        var valid = true
        let bytes = [UInt8](unsafeUninitializedCapacity: groups * 3) { buffer, initialized in
            pairs.withUnsafeBufferPointer { pairs in
                let output = buffer.baseAddress!
                var invalid: UInt16 = 0
                @inline(__always) func write(_ group: Int, _ high: UInt16, _ low: UInt16) {
                    invalid |= high | low
                    let value = UInt32(high) << 12 | UInt32(low)
                    let out = output + 3 * group
                    out[0] = UInt8(truncatingIfNeeded: value >> 16)
                    out[1] = UInt8(truncatingIfNeeded: value >> 8)
                    out[2] = UInt8(truncatingIfNeeded: value)
                }
                func word(_ group: Int) -> UInt32 {
                    UInt32(littleEndian: UnsafeRawPointer(input + 4 * group).loadUnaligned(as: UInt32.self))
                }
                let whole = padding > 0 ? groups - 1 : groups
                for group in 0..<whole {
                    let word = word(group)
                    write(group, pairs[Int(word & 0xFFFF)], pairs[Int(word >> 16)])
                }
                if whole < groups {
                    // "x=" or "==" at the end: the padded characters stand for zero bits.
                    let last = word(whole)
                    let third = UInt8(truncatingIfNeeded: last >> 16)
                    write(whole, pairs[Int(last & 0xFFFF)], padding == 2 ? 0 : pairs[Int(third) | Int(UInt8(ascii: "A")) << 8])
                }
                valid = invalid & 0xF000 == 0
            }
            initialized = count
        }
        return valid ? bytes : nil
    }
}
