// The performance layer (Scanning/): every raw pointer of the ThaiNorm module is here, behind
// small safe APIs. Callers elsewhere read lines through these functions and never see a pointer
// (UnsafeLayerTests holds the rule).

/// A table-driven map from scalars to small class numbers, with one pass over a line that hands
/// each scalar its class: the scans that tell a line's features or find its mixed tokens read
/// every scalar of every line, through a table for ASCII and the Thai block and without bounds
/// checks.
///
/// The table covers U+0000–U+007F and U+0E00–U+0E7F; a scalar outside both is classed by the
/// caller's `outside` function (inlined into the loop).
///
/// ```swift
/// let classes = ScalarClassifier(ascii: { $0 == 0x20 ? 1 : 2 }, thai: { _ in 3 })
/// classes.forEachClass(in: Array("ก a".unicodeScalars), outside: { _ in 4 }) { index, scalar, kind in
///     print(index, kind)   // 0 3, 1 1, 2 2
///     return true
/// }
/// ```
///
/// Complexity: O(256) to make; a scan is O(n) for n scalars, one table read each.
struct ScalarClassifier: Sendable {
    /// The classes of U+0000–U+007F, then of U+0E00–U+0E7F.
    private let table: [UInt8]
    /// The largest class the table holds.
    private let largest: UInt8

    /// A classifier whose table gives `ascii(value)` for U+0000–U+007F and `thai(scalar)` for
    /// U+0E00–U+0E7F.
    init(ascii: (UInt32) -> UInt8, thai: (Unicode.Scalar) -> UInt8) {
        table = (0..<0x80).map { ascii(UInt32($0)) }
            + (0..<0x80).map { thai(Unicode.Scalar(UInt32(0x0E00 + $0))!) }
        largest = table.max() ?? 0
    }

    /// The class of `scalar`, from the table or `outside`.
    ///
    /// Complexity: O(1).
    @inline(__always)
    func classOf(_ scalar: Unicode.Scalar, outside: (Unicode.Scalar) -> UInt8) -> UInt8 {
        table.withUnsafeBufferPointer { Self.classOf(scalar, $0, outside) }
    }

    /// The class of `scalar`: Thai first (nearly every scalar of a Thai text), then ASCII.
    @inline(__always)
    private static func classOf(
        _ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<UInt8>, _ outside: (Unicode.Scalar) -> UInt8
    ) -> UInt8 {
        let v = scalar.value
        if v &- 0x0E00 < 0x80 { return table[0x80 &+ Int(v &- 0x0E00)] }
        if v < 0x80 { return table[Int(v)] }
        return outside(scalar)
    }

    /// Calls `body(index, scalar, class)` for each scalar of `scalars` in order (indices are the
    /// collection's own) until `body` returns false; returns whether every scalar was visited.
    ///
    /// A contiguous collection (an array or a slice of one) is read through its buffer; any other
    /// scalar by scalar.
    ///
    /// Complexity: O(n).
    @inline(__always)
    func forEachClass<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        in scalars: Scalars, outside: (Unicode.Scalar) -> UInt8, _ body: (Int, Unicode.Scalar, UInt8) -> Bool
    ) -> Bool where Scalars.Index == Int {
        table.withUnsafeBufferPointer { table in
            let first = scalars.startIndex
            let contiguous = scalars.withContiguousStorageIfAvailable { buffer -> Bool in
                for offset in 0..<buffer.count {
                    let scalar = buffer[offset]
                    if !body(first &+ offset, scalar, Self.classOf(scalar, table, outside)) { return false }
                }
                return true
            }
            if let contiguous { return contiguous }
            for index in scalars.indices {
                let scalar = scalars[index]
                if !body(index, scalar, Self.classOf(scalar, table, outside)) { return false }
            }
            return true
        }
    }

    /// A table of what a scalar of one class after a scalar of another brings: `bits[previous *
    /// classCount + current]`, ORed together over a line by ``foldTransitions(in:from:through:outside:)``.
    struct TransitionTable: Sendable {
        let classCount: Int
        let bits: [UInt16]

        init(classCount: Int, bits: [UInt16]) {
            precondition(classCount > 0 && bits.count == classCount * classCount, "one entry per pair of classes")
            self.classCount = classCount
            self.bits = bits
        }
    }

    /// The OR of `transitions` over every pair of neighbouring scalars of `line`, the line's start
    /// counting as a scalar of class `start`; with the class of the last scalar (`start` for an
    /// empty line). Every class the table or `outside` gives must be below the table's class count.
    ///
    /// ```swift
    /// let (bits, last) = classes.foldTransitions(in: line, from: 0, through: pairs, outside: { _ in 5 })
    /// ```
    ///
    /// Complexity: O(n), two table reads a scalar.
    @inline(__always)
    func foldTransitions(
        in line: [Unicode.Scalar], from start: UInt8, through transitions: TransitionTable,
        outside: (Unicode.Scalar) -> UInt8
    ) -> (bits: UInt16, last: UInt8) {
        let classCount = transitions.classCount
        precondition(Int(largest) < classCount && Int(start) < classCount, "a class outside the transition table")
        return table.withUnsafeBufferPointer { table in
            transitions.bits.withUnsafeBufferPointer { pairs in
                line.withUnsafeBufferPointer { line in
                    var bits: UInt16 = 0
                    var previous = Int(start)
                    for scalar in line {
                        let current = Int(Self.classOf(scalar, table) { scalar in
                            let kind = outside(scalar)
                            precondition(Int(kind) < classCount, "a class outside the transition table")
                            return kind
                        })
                        bits |= pairs[previous &* classCount &+ current]
                        previous = current
                    }
                    return (bits, UInt8(truncatingIfNeeded: previous))
                }
            }
        }
    }
}

/// Scans over a line's scalars that need no class table.
enum ScalarScan {
    /// The index of the first scalar at or after `start` in `line` for which `predicate` holds, or
    /// nil (also for a `start` at or past the end).
    ///
    /// ```swift
    /// ScalarScan.firstIndex(in: Array("ab cd".unicodeScalars), from: 0) { $0 == " " }   // 2
    /// ```
    ///
    /// Complexity: O(n), through the line's buffer.
    @inline(__always)
    static func firstIndex(
        in line: [Unicode.Scalar], from start: Int, where predicate: (Unicode.Scalar) -> Bool
    ) -> Int? {
        precondition(start >= 0, "a negative index")
        return line.withUnsafeBufferPointer { line in
            var index = start
            while index < line.count {
                if predicate(line[index]) { return index }
                index &+= 1
            }
            return nil
        }
    }

    /// How many times each scalar of the Thai block (U+0E00–U+0E7F, by offset) occurs in `lines`.
    ///
    /// ```swift
    /// ScalarScan.thaiBlockCounts(in: [Array("กก a".unicodeScalars)])[0x01]   // 2
    /// ```
    ///
    /// Complexity: O(n) for n scalars in all.
    static func thaiBlockCounts(in lines: [[Unicode.Scalar]]) -> [Int] {
        var counts = [Int](repeating: 0, count: 128)
        counts.withUnsafeMutableBufferPointer { counts in
            for line in lines {
                line.withUnsafeBufferPointer { line in
                    for scalar in line where scalar.value &- 0x0E00 < 128 { counts[Int(scalar.value &- 0x0E00)] &+= 1 }
                }
            }
        }
        return counts
    }
}
