import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The index of the first `byte` at or after `start`, or nil: `memchr`, which reads many
    /// bytes a step (line feeds in every input and mapping file, NUL bytes in every input).
    ///
    /// ```swift
    /// bytes.firstIndex(of: 0x0A, from: 0)   // where the first line ends
    /// ```
    ///
    /// Complexity: O(n).
    @inlinable
    package func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard let base = baseAddress, start < count else { return nil }
        return memchr(base + start, Int32(byte), count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
    }
}
