/// Lays a trie out as a double array (``TrieSlot``): the children of the node in
/// slot `s` go to slots `base[s] + code`, and each child names its parent in `check`.
/// A step of a walk is then one read of one slot, where a first-child/next-sibling
/// trie reads a node per sibling it passes.
///
/// Nodes are placed breadth first, so the short prefixes every walk starts with sit
/// together at the front of the array. A node's base is the first whose child slots
/// are all free, found through a list of the free slots: a node with one child takes
/// the first free slot; a node with several searches only the last ``window`` slots,
/// since older holes rarely fit a set of children (single children fill them).
///
/// ```swift
/// // the children of the root (codes 1…129) fill slots 1…129; the children of ก then go
/// // to the first base b with every b + code free, and so on, level by level
/// let slots = TrieLayout.slots(of: builder.nodes) { count in Float(-log(count / total)) }
/// ```
///
/// Complexity: O(n · k) for n nodes, where k is the number of free slots tried per
/// node, at most the free slots in ``window``.
package enum TrieLayout {
    /// How far behind the highest slot in use a node with several children looks for room.
    static let window = 256

    /// The double array of the trie `nodes` (node 0 the root), the cost of each word from its count.
    /// Every `base + code` (code ≤ ``TrieAlphabet/size``) is inside the array, so walks need no
    /// bounds check.
    package static func slots(of nodes: [LexiconBuilder.Node], cost: (Double) -> Float) -> [TrieSlot] {
        var capacity = nodes.count + nodes.count / 2 + 4 * TrieAlphabet.size
        while true {
            if let slots = slots(of: nodes, capacity: capacity, cost: cost) { return slots }
            capacity *= 2
        }
    }

    /// As ``slots(of:cost:)`` within `capacity` slots; nil if they do not suffice.
    private static func slots(
        of nodes: [LexiconBuilder.Node], capacity: Int, cost: (Double) -> Float
    ) -> [TrieSlot]? {
        var base = [Int32](repeating: 0, count: capacity)
        // The node above (-2 for the root), -1 while free.
        var check = [Int32](repeating: -1, count: capacity)
        // The builder node placed in each slot.
        var source = [Int32](repeating: 0, count: capacity)
        // The free slots, in order, as a doubly linked list (-1: none).
        var nextFree = [Int32](unsafeUninitializedCapacity: capacity) { buffer, count in
            for slot in 0..<capacity { buffer[slot] = Int32(slot + 1) }
            buffer[capacity - 1] = -1
            count = capacity
        }
        var previousFree = [Int32](unsafeUninitializedCapacity: capacity) { buffer, count in
            for slot in 0..<capacity { buffer[slot] = Int32(slot - 1) }
            count = capacity
        }
        var highest = 0
        let fits = base.withUnsafeMutableBufferPointer { base in
            check.withUnsafeMutableBufferPointer { check in
                source.withUnsafeMutableBufferPointer { source in
                    nextFree.withUnsafeMutableBufferPointer { nextFree in
                        previousFree.withUnsafeMutableBufferPointer { previousFree in
                            nodes.withUnsafeBufferPointer { nodes in
                                var free = FreeList(next: nextFree, previous: previousFree)
                                func occupy(_ slot: Int, parent: Int32, node: Int32) {
                                    check[slot] = parent
                                    source[slot] = node
                                    free.remove(slot)
                                    highest = max(highest, slot)
                                }
                                occupy(0, parent: -2, node: 0)
                                // (builder node, its slot), breadth first.
                                // Scratch space of fixed size, without the checks of a growing array.
                                let queue = UnsafeMutableBufferPointer<(node: Int32, slot: Int32)>.allocate(capacity: nodes.count)
                                let codes = UnsafeMutableBufferPointer<Int>.allocate(capacity: TrieAlphabet.size + 1)
                                let children = UnsafeMutableBufferPointer<Int32>.allocate(capacity: TrieAlphabet.size + 1)
                                defer { queue.deallocate(); codes.deallocate(); children.deallocate() }
                                queue[0] = (0, 0)
                                var queued = 1
                                var head = 0
                                while head < queued {
                                    let (node, slot) = queue[head]
                                    head += 1
                                    // The children, by code (a sorted word list gives them in order already).
                                    var count = 0
                                    var child = nodes[Int(node)].firstChild
                                    while child >= 0 {
                                        var at = count
                                        let code = Int(nodes[Int(child)].code)
                                        while at > 0, codes[at - 1] > code {
                                            codes[at] = codes[at - 1]; children[at] = children[at - 1]; at -= 1
                                        }
                                        codes[at] = code; children[at] = child
                                        count += 1
                                        child = nodes[Int(child)].nextSibling
                                    }
                                    guard count > 0 else { continue }
                                    let nodeBase: Int
                                    if node == 0 {
                                        nodeBase = 0
                                    } else if let found = free.base(for: UnsafeBufferPointer(rebasing: codes[..<count]), check: check, highest: highest,
                                                                    limit: capacity - TrieAlphabet.size) {
                                        nodeBase = found
                                    } else {
                                        return false
                                    }
                                    base[Int(slot)] = Int32(nodeBase)
                                    for k in 0..<count {
                                        occupy(nodeBase + codes[k], parent: slot, node: children[k])
                                        queue[queued] = (children[k], Int32(nodeBase + codes[k]))
                                        queued += 1
                                    }
                                }
                                return true
                            }
                        }
                    }
                }
            }
        }
        guard fits else { return nil }
        return (0...(highest + TrieAlphabet.size)).map { slot in
            TrieSlot(base: base[slot], check: check[slot],
                         cost: check[slot] == -1 ? .infinity : cost(nodes[Int(source[slot])].count))
        }
    }

    /// The free slots of a layout, in order, as a doubly linked list.
    private struct FreeList {
        let next: UnsafeMutableBufferPointer<Int32>
        let previous: UnsafeMutableBufferPointer<Int32>
        /// The first free slot (-1: none).
        var first = 0
        /// The first free slot in the window, or one before it not yet moved past.
        var inWindow = 0

        mutating func remove(_ slot: Int) {
            let after = Int(next[slot]), before = Int(previous[slot])
            if before >= 0 { next[before] = Int32(after) } else { first = after }
            if after >= 0 { previous[after] = Int32(before) }
            if slot == inWindow { inWindow = after }
        }

        /// The first base ≥ 1 with `base + code` free for every one of `codes` (ascending) and
        /// below `limit`, or nil. A single child takes the first free slot; several children
        /// look only in the last ``TrieLayout/window`` slots before `highest` and beyond.
        mutating func base(
            for codes: UnsafeBufferPointer<Int>, check: UnsafeMutableBufferPointer<Int32>, highest: Int, limit: Int
        ) -> Int? {
            let lowest = codes.first!, top = codes.last!
            // The slot of the lowest code is free: it came from the list.
            func fits(_ candidate: Int) -> Bool {
                for code in codes.dropFirst() where check[candidate &+ code] != -1 { return false }
                return true
            }
            var slot = first
            if codes.count > 1 {
                while inWindow >= 0, inWindow < highest - TrieLayout.window { inWindow = Int(next[inWindow]) }
                slot = inWindow
            }
            while slot >= 0 {
                let candidate = slot - lowest
                if candidate + top >= limit { return nil }
                if candidate >= 1, fits(candidate) { return candidate }
                slot = Int(next[slot])
            }
            return nil
        }
    }
}
