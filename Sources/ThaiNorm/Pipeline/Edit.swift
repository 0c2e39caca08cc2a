/// One change made (or proposed) by a stage, as reported by `--explain`.
///
/// `line` is 1-based. `column` is 1-based and `length` counts Unicode scalars,
/// both measured in the line *as the stage received it* (after the earlier
/// stages' edits), so replaying the edits in order reproduces the output
/// (see ``EditReplay``).
public struct Edit: Codable, Sendable, Equatable {
    public var stage: String
    public var line: Int
    public var column: Int
    public var length: Int
    public var before: String
    public var after: String
    public var confidence: Double
    /// False when the edit's confidence was below the configured minimum: reported, not applied.
    public var applied: Bool
    public var note: String?

    public init(
        stage: String, line: Int, column: Int, length: Int, before: String, after: String,
        confidence: Double, applied: Bool = true, note: String? = nil
    ) {
        self.stage = stage
        self.line = line
        self.column = column
        self.length = length
        self.before = before
        self.after = after
        self.confidence = confidence
        self.applied = applied
        self.note = note
    }
}

/// A recoverable problem a stage noticed and left as it was.
public struct Finding: Codable, Sendable, Equatable {
    public var stage: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in Unicode scalars, in the line as the stage received it.
    public var column: Int
    public var message: String

    public init(stage: String, line: Int, column: Int, message: String) {
        self.stage = stage
        self.line = line
        self.column = column
        self.message = message
    }
}
