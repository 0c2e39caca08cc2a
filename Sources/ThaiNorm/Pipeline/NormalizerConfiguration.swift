/// How Thai and Arabic digits are written in the output.
public enum DigitStyle: String, Codable, CaseIterable, Sendable {
    /// Leave every digit as it is.
    case keep
    /// Thai digits ๐–๙ become 0–9.
    case arabic
    /// Arabic digits 0–9 become ๐–๙, except inside tokens with Latin letters (codes, URLs).
    case thai
}

/// Settings of a ``Normalizer``. Every field has a default, so an empty JSON
/// object `{}` decodes to the default configuration.
///
/// ```swift
/// var configuration = NormalizerConfiguration()
/// configuration.digits = .arabic
/// let normalizer = Normalizer(configuration: configuration)
/// ```
public struct NormalizerConfiguration: Codable, Sendable, Equatable {
    /// Digit conversion; default `.keep`.
    public var digits: DigitStyle
    /// Edits with a lower confidence are reported but not applied; default 0 (apply all).
    public var minimumConfidence: Double
    /// Names of stages to skip; default none.
    public var disabledStages: Set<String>

    public init(digits: DigitStyle = .keep, minimumConfidence: Double = 0, disabledStages: Set<String> = []) {
        self.digits = digits
        self.minimumConfidence = minimumConfidence
        self.disabledStages = disabledStages
    }

    private enum CodingKeys: String, CodingKey {
        case digits, minimumConfidence, disabledStages
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = NormalizerConfiguration()
        digits = try container.decodeIfPresent(DigitStyle.self, forKey: .digits) ?? defaults.digits
        minimumConfidence =
            try container.decodeIfPresent(Double.self, forKey: .minimumConfidence) ?? defaults.minimumConfidence
        disabledStages =
            try container.decodeIfPresent(Set<String>.self, forKey: .disabledStages) ?? defaults.disabledStages
    }
}
