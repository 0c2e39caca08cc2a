/// Lays a trie out as a double array (``TrieSlot``): the children of the node in slot `s` go
/// to slots `base(s) + code`, each marked with its code. A step of a walk is then one read of
/// one slot, where a first-child/next-sibling trie reads a node per sibling it passes.
///
/// **Bases.** No two nodes with children share a base, so a slot marked `code` at
/// `base(s) + code` is a child of `s` and of no other node: the slot names its edge's code
/// (one byte) instead of its parent (four). Every leaf points at the same run of
/// ``TrieAlphabet/size`` free slots past the last one in use, where no walk finds a child.
///
/// **Order.** Nodes are placed depth first, the child with the most weight below it (the sum
/// of the counts of the words through it) first, and each node's children as near its own
/// slot as they fit: no more than ``reach`` slots before it, else the first room after. A
/// walk goes mostly down the heavy children, and a chain of only children (most of a trie's
/// deep nodes) takes neighbouring slots (half of the lexicon's children lie within 12 slots of
/// their parent), so a walk reads a cache line for several steps where a breadth-first layout
/// reads one a level.
///
/// ```swift
/// // the children of the root (codes 1…129) fill slots 1…129; the children of the heaviest
/// // first letter (ก, say) go just after it, then those of its heaviest child, and so on
/// let slots = TrieLayout.slots(of: builder.nodes) { count in Float(-log(count / total)) }
/// ```
///
/// Complexity: O(n · k) for n nodes, where k is the number of bases tried per node: at most
/// ``tries`` near the node, then the first ones past the last slot in use.
package enum TrieLayout {
    /// How far before its parent's slot a child may go, to fill a hole nearby.
    static let reach = 16
    /// How many bases near a node are tried before its children go past the last slot in use.
    static let tries = 64

    /// The double array of the trie `nodes` (node 0 the root), the cost of each word from its
    /// count. Every `base + code` (code < ``TrieAlphabet/size``) is inside the array, so walks
    /// need no bounds check.
    package static func slots(of nodes: [LexiconBuilder.Node], cost: (Double) -> Float) -> [TrieSlot] {
        precondition(TrieAlphabet.size <= Int(TrieSlot.noEdge), "trie codes must fit a slot's code byte")
        let weights = weights(of: nodes)
        var space = Space(capacity: nodes.count + nodes.count / 4 + 2 * TrieAlphabet.size)
        space.occupy(0, by: 0)
        // (builder node, its slot), depth first.
        var stack: [(node: Int32, slot: Int32)] = [(0, 0)]
        var children: [(code: Int, node: Int32)] = []
        while let (node, slot) = stack.popLast() {
            children.removeAll(keepingCapacity: true)
            var child = nodes[Int(node)].firstChild
            while child >= 0 {
                children.append((Int(nodes[Int(child)].code), child))
                child = nodes[Int(child)].nextSibling
            }
            guard !children.isEmpty else { continue }
            children.sort { $0.code < $1.code }
            let base = node == 0 ? 0 : space.base(for: children.lazy.map(\.code), near: Int(slot))
            precondition(base + TrieAlphabet.size < TrieSlot.baseLimit, "trie too large for a slot's base")
            space.give(base, to: Int(slot))
            for (code, child) in children { space.occupy(base + code, by: child) }
            // The heaviest child is taken first, and so laid out next to this node.
            for (code, child) in children.sorted(by: { weights[Int($0.node)] < weights[Int($1.node)] }) {
                stack.append((child, Int32(base + code)))
            }
        }
        // Leaves point past the last slot in use, at slots no node uses (every base of a node
        // with children is below: its lowest child's slot is in use). The array ends there.
        let count = space.highest + 1 + TrieAlphabet.size
        let empty = leafBase(slotCount: count)
        return (0..<count).map { slot in
            guard let source = space.node(in: slot) else { return TrieSlot(base: empty, code: TrieSlot.noEdge, cost: .infinity) }
            let node = nodes[source]
            return TrieSlot(base: space.base(of: slot) ?? empty, code: slot == 0 ? TrieSlot.noEdge : UInt32(node.code),
                            cost: cost(node.count))
        }
    }

    /// The base every leaf of a laid-out trie of `slotCount` slots points at: the run of
    /// ``TrieAlphabet/size`` free slots that ends the array, where no walk finds a child.
    package static func leafBase(slotCount: Int) -> Int {
        slotCount - TrieAlphabet.size
    }

    /// The weight below each node: its word's count plus its children's weights. A child comes
    /// after its parent among the builder's nodes, so one pass from the last node suffices.
    static func weights(of nodes: [LexiconBuilder.Node]) -> [Double] {
        var weights = nodes.map(\.count)
        for node in nodes.indices.reversed() {
            var child = nodes[node].firstChild
            while child >= 0 {
                weights[node] += weights[Int(child)]
                child = nodes[Int(child)].nextSibling
            }
        }
        return weights
    }

    /// The slots in use (with the builder node each holds) and the bases taken (with the slot of
    /// the node each is), as the layout goes; grows as needed.
    struct Space {
        /// The builder node in each slot; -1 for a free slot.
        private var source: [Int32] = []
        /// The base of the node in each slot; -1 for a leaf or a free slot.
        private var bases: [Int32] = []
        /// Whether each base is some node's.
        private var taken: [Bool] = []
        /// Towards the next free slot: `skip[s] == s` for a free slot, else a slot after `s`
        /// (followed with path halving).
        private var skip: [Int32] = []
        private(set) var highest = 0

        init(capacity: Int) { grow(to: capacity) }

        private mutating func grow(to count: Int) {
            guard count > source.count else { return }
            let target = max(count, source.count + source.count / 2)
            let from = source.count
            source.append(contentsOf: repeatElement(-1, count: target - from))
            bases.append(contentsOf: repeatElement(-1, count: target - from))
            taken.append(contentsOf: repeatElement(false, count: target - from))
            skip.append(contentsOf: (from..<target).lazy.map { Int32($0) })
        }

        private func isFree(_ slot: Int) -> Bool { source[slot] < 0 }

        /// The builder node in `slot`, or nil if it is free.
        func node(in slot: Int) -> Int? {
            slot < source.count && source[slot] >= 0 ? Int(source[slot]) : nil
        }

        /// The base of the node in `slot`, or nil for a leaf or a free slot.
        func base(of slot: Int) -> Int? {
            slot < bases.count && bases[slot] >= 0 ? Int(bases[slot]) : nil
        }

        mutating func occupy(_ slot: Int, by node: Int32) {
            grow(to: slot + 2)
            source[slot] = node
            skip[slot] = Int32(slot + 1)
            highest = max(highest, slot)
        }

        /// `base` is the base of the node in `slot`.
        mutating func give(_ base: Int, to slot: Int) {
            grow(to: base + TrieAlphabet.size + 1)
            taken[base] = true
            bases[slot] = Int32(base)
        }

        /// The first free slot at or after `slot`.
        private mutating func free(from slot: Int) -> Int {
            grow(to: slot + 2)
            var current = slot
            while Int(skip[current]) != current {
                let next = Int(skip[current])
                grow(to: next + 2)
                skip[current] = skip[next]
                current = next
            }
            return current
        }

        /// A base ≥ 1, taken by no node, with `base + code` free for every one of `codes`
        /// (ascending): the first with the lowest code's slot at or after `near − reach`, among
        /// ``TrieLayout/tries`` free slots, else the first past the last slot in use.
        mutating func base(for codes: some Collection<Int>, near slot: Int) -> Int {
            let lowest = codes.first!
            var candidate = free(from: max(lowest + 1, slot - TrieLayout.reach))
            var tried = 0
            while true {
                let base = candidate - lowest
                grow(to: base + TrieAlphabet.size + 1)
                if !taken[base], codes.allSatisfy({ isFree(base + $0) }) { return base }
                tried += 1
                candidate = free(from: tried == TrieLayout.tries ? max(candidate + 1, highest + 1) : candidate + 1)
            }
        }
    }
}
