import Foundation
import HeapModule

/// The working structures of ``EnglishTermDecoder``'s best-first search: its states
/// and the queue that orders them (their rows are kept by ``AlignmentRows``).
extension EnglishTermDecoder {
    /// A node of the best-first search, ordered by the lowest cost in its row
    /// (a lower bound for every word below it: costs only grow with depth).
    /// Plain values only (the row lives in the search's arena), so the heap moves no references.
    struct SearchState: Comparable {
        var bound: Float
        var node: Int32
        var depth: Int32
        /// Index of the state's dynamic-programming row in the arena.
        var row: Int32
        static func < (a: SearchState, b: SearchState) -> Bool { a.bound < b.bound }
        static func == (a: SearchState, b: SearchState) -> Bool { a.bound == b.bound && a.node == b.node }
    }

    /// The open states of the search, cheapest bound first: a heap for the states whose bound
    /// falls in the current bucket (`bucketWidth` cost units wide) and plain arrays for later
    /// buckets, heaped only when the search reaches them. A search's bounds stay within its
    /// budget, so there are few buckets, and each heap stays small.
    ///
    /// - Complexity: O(log b) to insert into or pop from the current bucket of b states, O(1)
    ///   to insert into a later one, O(b) to open a bucket.
    struct BucketQueue {
        let bucketWidth: Float
        private var later: [[SearchState]] = []
        private var current = Heap<SearchState>()
        /// The current heap holds the states of buckets up to this one.
        private var currentBucket = 0

        init(bucketWidth: Float) {
            self.bucketWidth = bucketWidth
        }

        mutating func insert(_ state: SearchState) {
            let bucket = Int(state.bound / bucketWidth)
            if bucket <= currentBucket {
                current.insert(state)
                return
            }
            if later.count <= bucket { later.append(contentsOf: repeatElement([], count: bucket + 1 - later.count)) }
            later[bucket].append(state)
        }

        mutating func popMin() -> SearchState? {
            while current.isEmpty {
                currentBucket += 1
                guard currentBucket < later.count else { return nil }
                current = Heap(later[currentBucket])
                later[currentBucket] = []
            }
            return current.popMin()
        }
    }
}
