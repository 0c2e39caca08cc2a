import Foundation

extension EnglishTermDecoder {
    /// The dynamic-programming rows of one alignment search (``EnglishTermDecoder``), `width`
    /// floats each (one per prefix of the observed token), in one growing buffer (grown by
    /// `realloc`, which moves a large block by remapping its pages, not copying them), freed with
    /// the value. A row is made from another by one letter of a word (``Matches``) and read back
    /// by its index.
    ///
    /// ```swift
    /// var rows = AlignmentRows(width: observed.count + 1)
    /// var row = rows.appendRoot(strayCost: 1.5)   // every observed character a stray
    /// row = rows.append(extending: row, code: 0, matches: table)   // after the letter "a"
    /// rows[row, observed.count]   // the cost of "a" having produced all of `observed`
    /// ```
    ///
    /// Complexity: a row is O(width + e) to make, for e matching emissions; O(1) to read a cell.
    struct AlignmentRows: ~Copyable {
        let width: Int
        private var storage: UnsafeMutablePointer<Float>
        private var capacity: Int
        /// Rows kept.
        private(set) var count = 0

        init(width: Int) {
            precondition(width > 0, "a row has a cell for the empty prefix")
            self.width = width
            capacity = 256
            storage = Self.resized(nil, floats: capacity * width)
        }

        deinit { free(storage) }

        private static func resized(_ pointer: UnsafeMutablePointer<Float>?, floats: Int) -> UnsafeMutablePointer<Float> {
            guard let raw = realloc(pointer, floats * MemoryLayout<Float>.stride) else {
                fatalError("out of memory for \(floats) search costs")
            }
            return raw.assumingMemoryBound(to: Float.self)
        }

        /// Makes room for `rows` more rows after the kept ones.
        private mutating func reserve(rows: Int) {
            guard count + rows > capacity else { return }
            capacity = max(2 * capacity, count + rows)
            storage = Self.resized(storage, floats: capacity * width)
        }

        /// Keeps the root row: no letter yet, each observed character a stray (`0`, `c`, `c + c`, …);
        /// returns its index.
        mutating func appendRoot(strayCost: Float) -> Int32 {
            reserve(rows: 1)
            let root = storage + count * width
            root[0] = 0
            for j in 1..<width { root[j] = root[j - 1] + strayCost }
            count += 1
            return Int32(count - 1)
        }

        /// The cost in row `row` of the word so far having produced the first `column` observed
        /// characters.
        subscript(row: Int32, column: Int) -> Float {
            precondition(row >= 0 && Int(row) < count && column >= 0 && column < width, "a cell outside the rows")
            return storage[Int(row) * width + column]
        }

        /// Makes the row after the letter of each edge of `node` in `trie` from row `row`, and
        /// calls `body(child, wordCost, lowest, last, index)` for the edge's child node, the cost of
        /// the word ending there (+∞ if none), the least the new row can still lead to (with
        /// ``Matches/remaining`` and the cheapest word at or below the child, ``EdgeTrie/floor``),
        /// its last cell (the whole token produced), and the index the row
        /// gets if kept: the row is kept when `body` returns true.
        ///
        /// The inner loop of the search: it runs for every edge of every expanded trie node (a
        /// million times for a hard token), reading the trie, the rows and the matches without
        /// bounds checks (the trie and the matches were checked when they were made).
        ///
        /// ```swift
        /// rows.extend(state.row, node: state.node, in: vocabulary.edges, matches: table) { child, wordCost, lowest, last, index in
        ///     lowest <= limit   // keep the rows still within budget
        /// }
        /// ```
        ///
        /// Complexity: O(edges · (width + e)).
        @inline(__always)
        mutating func extend(
            _ row: Int32, node: Int, in trie: EnglishVocabulary.EdgeTrie, matches: Matches,
            _ body: (_ child: Int, _ wordCost: Float, _ lowest: Float, _ last: Float, _ index: Int32) -> Bool
        ) {
            precondition(row >= 0 && Int(row) < count, "a row not kept")
            precondition(node >= 0 && node < trie.nodeCount, "a node outside the trie")
            precondition(matches.remaining.count == width, "matches for another token")
            precondition(trie.codeLimit <= matches.deletion.count, "a letter outside the matches' alphabet")
            trie.start.withUnsafeBufferPointer { edgeStart in
                let edges = edgeStart[node]..<edgeStart[node &+ 1]
                // Room for every child's row first: the rows do not move while they are read.
                reserve(rows: edges.count)
                trie.code.withUnsafeBufferPointer { codes in
                trie.child.withUnsafeBufferPointer { children in
                trie.cost.withUnsafeBufferPointer { costs in
                trie.floor.withUnsafeBufferPointer { floors in
                    advance(row, codes: codes, edges: edges, matches: matches) { edge, lowest, last, index in
                        let child = children[edge]
                        return body(child, costs[child], lowest + floors[child], last, index)
                    }
                }
                }
                }
                }
            }
        }

        /// Keeps the row after the letter with code `code` from row `row`; returns its index.
        mutating func append(extending row: Int32, code: Int, matches: Matches) -> Int32 {
            precondition(row >= 0 && Int(row) < count, "a row not kept")
            precondition(matches.remaining.count == width, "matches for another token")
            precondition(code >= 0 && code < matches.deletion.count, "a letter outside the matches' alphabet")
            reserve(rows: 1)
            var kept: Int32 = -1
            [code].withUnsafeBufferPointer { codes in
                advance(row, codes: codes, edges: 0..<1, matches: matches) { _, _, _, index in
                    kept = index
                    return true
                }
            }
            return kept
        }

        /// The rows after the letters `codes[edges]` from row `row`, each written after the kept
        /// rows (room reserved, codes checked by the caller) and kept if `body(edge, lowest, last,
        /// index)` returns true.
        @inline(__always)
        private mutating func advance(
            _ row: Int32, codes: UnsafeBufferPointer<Int>, edges: Range<Int>, matches: Matches,
            _ body: (_ edge: Int, _ lowest: Float, _ last: Float, _ index: Int32) -> Bool
        ) {
            let current = UnsafePointer(storage + Int(row) * width)
            let n = width - 1
            let insertion = matches.insertion
            matches.start.withUnsafeBufferPointer { start in
            matches.entries.withUnsafeBufferPointer { entries in
            matches.deletion.withUnsafeBufferPointer { deletion in
            matches.remaining.withUnsafeBufferPointer { remaining in
                for edge in edges {
                    let code = codes[edge]
                    let next = storage + count * width
                    // One letter further: each prefix's cost after the letter came out as nothing,
                    // or as each emission the token shows at a position.
                    let letterDeletion = deletion[code]
                    if letterDeletion.isFinite {
                        for j in 0...n { next[j] = current[j] + letterDeletion }
                    } else {
                        for j in 0...n { next[j] = .infinity }
                    }
                    for k in start[code]..<start[code + 1] {
                        let (j, length, cost) = entries[k]
                        next[j + length] = min(next[j + length], current[j] + cost)
                    }
                    // Strays, and the row's bound, in one sweep.
                    var lowest = next[0] + remaining[0]
                    var previous = next[0]
                    for j in 1..<(n + 1) {
                        let value = min(next[j], previous + insertion)
                        next[j] = value
                        previous = value
                        if value + remaining[j] < lowest { lowest = value + remaining[j] }
                    }
                    if body(edge, lowest, next[n], Int32(count)) { count += 1 }
                }
            }
            }
            }
            }
        }
    }
}

extension EnglishVocabulary {
    /// The vocabulary trie as edge lists, for ``EnglishTermDecoder/AlignmentRows/extend(_:node:in:matches:_:)``:
    /// the edges of `node` are `code`/`child[start[node]..<start[node + 1]]`, and `cost[node]` is
    /// the cost of the word ending at `node` (+∞ if none). Checked when made, so that a walk reads
    /// it without bounds checks.
    ///
    /// ```swift
    /// let trie = EdgeTrie(start: [0, 1, 1], code: [0], child: [1], cost: [.infinity, 2])   // root -a-> 1
    /// ```
    ///
    /// Complexity: O(nodes) to make.
    struct EdgeTrie: Sendable {
        let start: [Int]
        let code: [Int]
        let child: [Int]
        let cost: [Float]
        /// The least cost of a word at or below each node (+∞ if none): added to a row's bound, it
        /// stays a bound (no word below costs less) and prunes branches of dear words early.
        let floor: [Float]
        /// One more than the largest code (0 with no edges).
        let codeLimit: Int
        /// The nodes: those with edge lists.
        var nodeCount: Int { start.count - 1 }

        init(start: [Int], code: [Int], child: [Int], cost: [Float]) {
            precondition(!start.isEmpty && start.first == 0 && start.last == code.count && code.count == child.count
                         && zip(start, start.dropFirst()).allSatisfy { $0 <= $1 }, "edge lists out of order")
            let nodes = min(start.count - 1, cost.count)
            precondition(child.allSatisfy { $0 >= 0 && $0 < nodes } && code.allSatisfy { $0 >= 0 }, "an edge outside the trie")
            self.start = start
            self.code = code
            self.child = child
            self.cost = cost
            codeLimit = (code.max() ?? -1) + 1
            // Children after their parents in a walk from the root (every child is below `nodes`);
            // floors from the leaves up.
            var order = nodes > 0 ? [0] : [], next = 0
            while next < order.count {
                let node = order[next]
                next += 1
                order += child[start[node]..<start[node + 1]]
            }
            var floor = Array(cost.prefix(nodes))
            for node in order.reversed() {
                for edge in start[node]..<start[node + 1] { floor[node] = min(floor[node], floor[child[edge]]) }
            }
            self.floor = floor
        }
    }
}
