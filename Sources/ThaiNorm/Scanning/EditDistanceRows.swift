// The bit-parallel rows of ``EditDistance``: words of 64 columns read and written in place.

extension EditDistance {
    /// Distance between `pattern` (ids in 0..<alphabetSize) and `text` (ids, or -1 for symbols not in the pattern),
    /// bit-parallel (Myers 1999, Hyyrö's blocks): one 64-bit word per 64 columns of the table, its
    /// vertical deltas held in two rows of words (`vp`, `vn`) updated in place for each text symbol.
    ///
    /// ```swift
    /// EditDistance.distance(pattern: [0, 1], alphabetSize: 2, text: [1, -1])   // 2
    /// ```
    ///
    /// Complexity: O(n · ⌈m / 64⌉) time and O(m / 64 · alphabetSize) memory.
    static func distance(pattern: [Int], alphabetSize: Int, text: [Int]) -> Int {
        precondition(!pattern.isEmpty && pattern.allSatisfy { $0 >= 0 && $0 < alphabetSize }, "a pattern id outside the alphabet")
        precondition(text.allSatisfy { $0 >= -1 && $0 < alphabetSize }, "a text id outside the alphabet")
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
