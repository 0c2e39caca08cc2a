import Foundation

/// What a batch did, as written to `DIR/report.json`.
public struct BatchReport: Sendable, Codable, Equatable {
    public struct Failure: Sendable, Codable, Equatable {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Inputs found.
    public var files = 0
    /// Inputs converted in this run.
    public var converted = 0
    /// Inputs whose outputs were newer than them (resumed runs skip them).
    public var skipped = 0
    /// Bytes of the inputs converted.
    public var bytes = 0
    public var seconds = 0.0
    /// Edits applied, per stage, over the converted inputs.
    public var editsPerStage: [String: Int] = [:]
    public var failures: [Failure] = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case files, converted, skipped, bytes, seconds, failures
        case editsPerStage = "edits_per_stage"
    }

    /// One line: `12 files: 10 converted, 1 skipped, 1 failed; 3.2 MB in 4.1 s (0.8 MB/s)`.
    public var summary: String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        return "\(files) files: \(converted) converted, \(skipped) skipped, \(failures.count) failed; "
            + String(format: "%.2f MB in %.1f s (%.2f MB/s)", megabytes, seconds, rate)
    }
}
