/// The alphabet of the lexicon tries: small integer codes for the scalars a word may hold.
///
/// Thai-block scalars map to 1…128 and FULL STOP (for abbreviations such as `ก.ค.`) to 129;
/// any other scalar cannot occur in a word (code 0).
///
/// ```swift
/// TrieAlphabet.code("ก")   // 2 (U+0E01)
/// TrieAlphabet.code("a")   // 0
/// ```
///
/// Public and inlinable, where the rest of this module is `package`: a `package` function was
/// called, not inlined, from the library's trie walks (Swift 6.3), at every step.
public enum TrieAlphabet {
    /// One more than the largest code.
    @inlinable public static var size: Int { 130 }

    /// Code of a scalar, or 0 if no word contains it. Inlinable: asked at every step of every walk.
    @inlinable @inline(__always)
    public static func code(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x0E00 && v <= 0x0E7F { return Int(v - 0x0E00) + 1 }
        if v == 0x2E { return 129 }
        return 0
    }

    /// The scalar a code stands for (inverse of ``code(_:)``).
    @inlinable @inline(__always)
    public static func scalar(forCode code: Int) -> Unicode.Scalar {
        code == 129 ? "." : Unicode.Scalar(UInt32(0x0E00 + code - 1))!
    }
}

/// One slot of a trie held as a double array, in eight bytes: the children of the node in slot
/// `s` are in slots `base + code`, each marked with the `code` of its edge; no two nodes with
/// children share a base (``TrieLayout``), so a slot marked `code` at `base(s) + code` can only
/// be a child of `s`. A step of a walk reads one slot, which holds both what the next step needs
/// (`base`) and the cost of the word ending there. Slot 0 is the root.
package struct TrieSlot: Equatable, Sendable {
    /// `base << 8 | code`: where this node's children start, and the code of the edge that leads
    /// here (``noEdge`` for the root and for free slots).
    package var link: UInt32
    /// Cost of the word ending here; +∞ when no word ends here.
    package var cost: Float

    /// The code of a slot no edge leads to: the root and free slots. No code asked of a walk
    /// (0…``TrieAlphabet/size`` − 1) matches it.
    package static let noEdge: UInt32 = 0xFF
    /// One more than the largest base a slot can hold.
    package static let baseLimit = 1 << 24

    package init(base: Int, code: UInt32, cost: Float) {
        self.init(link: UInt32(base) << 8 | code, cost: cost)
    }

    package init(link: UInt32, cost: Float) {
        self.link = link
        self.cost = cost
    }

    /// Where this node's children start.
    package var base: Int { Int(link >> 8) }
    /// The code of the edge that leads here, or ``noEdge``.
    package var code: UInt32 { link & 0xFF }
}
