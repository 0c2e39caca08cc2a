import ThaiTrie

/// The tables of a character n-gram model as `scripts/build-language-model` packs them
/// (format `TNLM2`), with lookups by n-gram. ``LanguageModel`` is the API the stages use.
///
/// Order n's entries are sorted by a 32-bit key: for order 1 the symbol, above it the index of
/// the entry's first n − 1 symbols in order n − 1, shifted left 7 bits, or'ed with its last
/// symbol. So an n-gram is found by following its prefixes, one binary search an order.
///
/// ```swift
/// let grams = try PackedNGrams(bytes: bytes)
/// grams.index(of: [1, 2][...])   // the bigram ก ข's index in order 2, or nil if it was not kept
/// ```
///
/// Complexity: finding an n-gram is n binary searches, each among the entries that extend its
/// prefix (``children``): O(n log c) for c of them; O(m) more memory for m entries to index them.
struct PackedNGrams: Sendable {
    /// Why a packed model could not be read.
    struct Malformed: Error, Equatable {
        var reason: String
    }

    /// One order's entries: sorted keys, quantised log10 probabilities and backoff weights
    /// (none at the highest order).
    struct Table: Sendable {
        var keys: [UInt32]
        var probabilities: [UInt8]
        var backoffs: [UInt8]
    }

    /// Bits a symbol takes in a key.
    static let symbolBits: UInt32 = 7
    /// The quantisation step of stored log10 values.
    static let step = 0.03
    /// A stored backoff weight is `step * (q - backoffZero)`.
    static let backoffZero = 224

    /// The tables, `tables[n - 1]` for order n.
    let tables: [Table]
    /// Where the entries that extend each entry start in the next order's table:
    /// `children[n - 1][i] ..< children[n - 1][i + 1]` for entry `i` of order n (below the
    /// highest). The keys sort by their prefix's index first, so the entries that extend one
    /// n-gram lie together, and a lookup searches only them.
    let children: [[UInt32]]
    /// How many symbols the model has (a symbol is below it).
    let symbols: Int

    var order: Int { tables.count }

    /// Reads a packed model from its base64 text (line breaks already taken out).
    init(base64 text: [UInt8]) throws(Malformed) {
        guard let bytes = text.withUnsafeBufferPointer({ TrieImage.decodeBase64($0) }) else {
            throw Malformed(reason: "the model is not base64")
        }
        try self.init(bytes: bytes)
    }

    /// Reads a packed model.
    init(bytes: [UInt8]) throws(Malformed) {
        var at = 0
        func take(_ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
            guard count >= 0, bytes.count - at >= count else { throw Malformed(reason: "the model ends early") }
            defer { at += count }
            return bytes[at..<at + count]
        }
        guard try take(5).elementsEqual("TNLM2".utf8) else { throw Malformed(reason: "not a TNLM2 model") }
        let header = try take(2)
        let order = Int(header[header.startIndex]), symbols = Int(header[header.startIndex + 1])
        guard (1...8).contains(order), (1...(1 << Self.symbolBits)).contains(symbols) else {
            throw Malformed(reason: "order \(order) or \(symbols) symbols out of range")
        }
        var tables: [Table] = []
        for n in 1...order {
            let countBytes = try take(4)
            let count = countBytes.reversed().reduce(0) { $0 << 8 | Int($1) }
            let keyBytes = try take(4 * count)
            let keys = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
                var byte = keyBytes.startIndex
                for index in 0..<count {
                    buffer[index] = UInt32(keyBytes[byte]) | UInt32(keyBytes[byte + 1]) << 8
                        | UInt32(keyBytes[byte + 2]) << 16 | UInt32(keyBytes[byte + 3]) << 24
                    byte += 4
                }
                initialized = count
            }
            guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw Malformed(reason: "the keys of order \(n) are not sorted")
            }
            let probabilities = Array(try take(count))
            let backoffs = n < order ? Array(try take(count)) : []
            tables.append(Table(keys: keys, probabilities: probabilities, backoffs: backoffs))
        }
        guard at == bytes.count else { throw Malformed(reason: "\(bytes.count - at) bytes after the last order") }
        self.tables = tables
        self.symbols = symbols
        children = (1..<order).map { n in
            // Counts of each order-n entry's extensions, then their running sum.
            var start = [UInt32](repeating: 0, count: tables[n - 1].keys.count + 1)
            for key in tables[n].keys {
                let prefix = Int(key >> Self.symbolBits)
                if prefix + 1 < start.count { start[prefix + 1] += 1 }
            }
            for i in 1..<start.count { start[i] += start[i - 1] }
            return start
        }
    }

    /// The index of the n-gram `gram` (n = its length) in order n's table, or nil if it was
    /// not kept. `gram` holds symbols below ``symbols``.
    func index(of gram: ArraySlice<UInt8>) -> Int? {
        guard !gram.isEmpty, gram.count <= order else { return nil }
        var index = -1
        for (n, symbol) in gram.enumerated() {
            guard let found = extend(index, order: n, with: symbol) else { return nil }
            index = found
        }
        return index
    }

    /// The index in order `n + 1`'s table of the n-gram at `index` of order `n` followed by
    /// `symbol` (for `n` = 0, `index` is not read: the unigram `symbol`), or nil if it was not
    /// kept. ``index(of:)`` is a chain of these; a caller that needs the index of a gram's
    /// prefix too walks the chain once.
    ///
    /// Complexity: one binary search among the entries that extend the n-gram, O(log c) for c
    /// of them (a few; every order-1 entry for `n` = 0).
    func extend(_ index: Int, order n: Int, with symbol: UInt8) -> Int? {
        guard n > 0 else { return Self.search(tables[0].keys, in: 0..<tables[0].keys.count, for: UInt32(symbol)) }
        let extensions = children[n - 1]
        guard index >= 0, index + 1 < extensions.count else { return nil }
        let key = UInt32(index) << Self.symbolBits | UInt32(symbol)
        return Self.search(tables[n].keys, in: Int(extensions[index])..<Int(extensions[index + 1]), for: key)
    }

    /// The stored log10 probability of entry `index` of order `n` (1-based).
    func log10Probability(order n: Int, index: Int) -> Double {
        -Double(tables[n - 1].probabilities[index]) * Self.step
    }

    /// The stored log10 backoff weight of entry `index` of order `n` (below the highest).
    func log10Backoff(order n: Int, index: Int) -> Double {
        Double(Int(tables[n - 1].backoffs[index]) - Self.backoffZero) * Self.step
    }

    /// The index of `key` in the sorted `keys[range]`, or nil.
    private static func search(_ keys: [UInt32], in range: Range<Int>, for key: UInt32) -> Int? {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && keys[low] == key ? low : nil
    }
}
