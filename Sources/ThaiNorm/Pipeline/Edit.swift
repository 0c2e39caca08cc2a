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
    /// How often an edit like this one is right: the calibrated confidence
    /// (``ConfidenceCalibration``) when the table has a row for its evidence, else the stage's score.
    public var confidence: Double
    /// The stage's own score for the edit, before calibration.
    public var score: Double?
    /// What the confidence was decided from: the most specific key of its ``EditEvidence``
    /// (stage, rule, shape, whether the word it leaves is known, band of the score).
    public var evidence: String?
    /// False when the edit's confidence was below the configured minimum: reported, not applied.
    public var applied: Bool
    public var note: String?
    /// Which run of its stage on this line made the edit (1 unless the stage
    /// runs to a fixed point, see ``StageScope/rounds``).
    public var round: Int
    /// Which pass of the whole pipeline made the edit (1 unless a pass changed
    /// the text and the pipeline ran again; see ``PipelineParameters/maximumPasses``).
    public var pass: Int

    public init(
        stage: String, line: Int, column: Int, length: Int, before: String, after: String,
        confidence: Double, applied: Bool = true, note: String? = nil, round: Int = 1, pass: Int = 1,
        score: Double? = nil, evidence: String? = nil
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
        self.round = round
        self.pass = pass
        self.score = score
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey {
        case stage, line, column, length, before, after, confidence, score, evidence, applied, note, round, pass
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stage = try container.decode(String.self, forKey: .stage)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        length = try container.decode(Int.self, forKey: .length)
        before = try container.decode(String.self, forKey: .before)
        after = try container.decode(String.self, forKey: .after)
        confidence = try container.decode(Double.self, forKey: .confidence)
        applied = try container.decodeIfPresent(Bool.self, forKey: .applied) ?? true
        note = try container.decodeIfPresent(String.self, forKey: .note)
        round = try container.decodeIfPresent(Int.self, forKey: .round) ?? 1
        pass = try container.decodeIfPresent(Int.self, forKey: .pass) ?? 1
        score = try container.decodeIfPresent(Double.self, forKey: .score)
        evidence = try container.decodeIfPresent(String.self, forKey: .evidence)
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
