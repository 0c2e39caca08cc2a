import Foundation

/// A value built the first time it is needed, then shared (thread-safe).
///
/// For tables only some documents need: a clean document never builds the
/// English decoder.
///
/// ```swift
/// let decoder = Deferred { EnglishTermDecoder() }   // nothing built yet
/// decoder.value.candidates(for: observed)              // built now, once
/// ```
///
/// Complexity: O(1) per access after the first (one lock).
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// The value, built on first access.
    var value: Value {
        lock.withLock {
            if let built { return built }
            let value = make()
            built = value
            return value
        }
    }
}
