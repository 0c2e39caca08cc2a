/// Levenshtein distance (insertions, deletions, substitutions, each cost 1).
///
/// Uses the bit-parallel algorithm of Myers (1999) in Hyyrö's block form:
/// the first sequence is packed into 64-bit words and each element of the
/// second advances all its columns at once.
///
/// ```swift
/// EditDistance.levenshtein(Array("ที่".unicodeScalars), Array("ท่ี".unicodeScalars))   // 2
/// EditDistance.levenshtein([1, 2, 3], [1, 3])            // 1
/// ```
///
/// Complexity: O(n · ⌈m / 64⌉) time and O(m) memory for sequences of length m and n.
public enum EditDistance {
    public static func levenshtein<Symbol: Hashable>(_ a: [Symbol], _ b: [Symbol]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Give each distinct symbol of `a` a small integer.
        var ids: [Symbol: Int] = [:]
        var pattern: [Int] = []
        pattern.reserveCapacity(a.count)
        for symbol in a {
            if let id = ids[symbol] {
                pattern.append(id)
            } else {
                ids[symbol] = ids.count
                pattern.append(ids.count - 1)
            }
        }
        let text = b.map { ids[$0] ?? -1 }
        return distance(pattern: pattern, alphabetSize: ids.count, text: text)
    }

    /// Distance between `pattern` (ids in 0..<alphabetSize) and `text` (ids, or -1 for symbols not in the pattern).
    static func distance(pattern: [Int], alphabetSize: Int, text: [Int]) -> Int {
        let m = pattern.count
        let blocks = (m + 63) / 64
        var peq = [UInt64](repeating: 0, count: alphabetSize * blocks)
        for (i, id) in pattern.enumerated() {
            peq[id * blocks + i / 64] |= 1 << UInt64(i % 64)
        }
        var vp = [UInt64](repeating: ~0, count: blocks)
        var vn = [UInt64](repeating: 0, count: blocks)
        let lastHigh: UInt64 = 1 << UInt64((m - 1) % 64)
        var score = m
        peq.withUnsafeBufferPointer { peq in
            vp.withUnsafeMutableBufferPointer { vp in
                vn.withUnsafeMutableBufferPointer { vn in
                    for symbol in text {
                        // Row 0 of the table is 0, 1, 2, …: every column adds +1 at the top.
                        var carry = 1
                        let base = symbol * blocks
                        for block in 0..<blocks {
                            var eq: UInt64 = symbol >= 0 ? peq[base + block] : 0
                            let pv = vp[block]
                            let mv = vn[block]
                            let xv = eq | mv
                            if carry < 0 { eq |= 1 }
                            let xh = (((eq & pv) &+ pv) ^ pv) | eq
                            var ph = mv | ~(xh | pv)
                            var mh = pv & xh
                            let high: UInt64 = block == blocks - 1 ? lastHigh : 1 << 63
                            let out = (ph & high) != 0 ? 1 : ((mh & high) != 0 ? -1 : 0)
                            ph <<= 1
                            mh <<= 1
                            if carry < 0 { mh |= 1 } else if carry > 0 { ph |= 1 }
                            vp[block] = mh | ~(xv | ph)
                            vn[block] = ph & xv
                            carry = out
                        }
                        score += carry
                    }
                }
            }
        }
        return score
    }
}
