import Foundation

/// How Thai and Arabic digits are written in the output.
public enum DigitStyle: String, Codable, CaseIterable, Sendable {
    /// Leave every digit as it is.
    case keep
    /// Thai digits ๐–๙ become 0–9.
    case arabic
    /// Arabic digits 0–9 become ๐–๙, except inside tokens with Latin letters (codes, URLs).
    case thai
}

/// Settings of a ``Normalizer``: what to do (digits, the confidence below which edits are
/// only reported, stages to skip) and every tunable number (``parameters``). Every field has
/// a default: a JSON object decodes to the defaults with what it names changed, so an empty
/// object `{}` is the default configuration and `{"parameters": {"pipeline":
/// {"maximumPasses": 1}}}` changes one number. A name that is no setting is refused, with
/// its path.
///
/// ```swift
/// var configuration = NormalizerConfiguration()
/// configuration.digits = .arabic
/// let normalizer = Normalizer(configuration: configuration)
/// let loaded = try JSONDecoder().decode(NormalizerConfiguration.self, from: Data(#"{"digits": "thai"}"#.utf8))
/// ```
public struct NormalizerConfiguration: Codable, Sendable, Equatable {
    /// Digit conversion; default `.keep`.
    public var digits: DigitStyle
    /// Edits with a lower confidence are reported but not applied; default 0.99. Confidences
    /// are calibrated (``ConfidenceCalibration``): 0.99 applies only edits of a kind that was
    /// right at least 99% of the time on the benchmark's tune half; 0 applies every edit.
    public var minimumConfidence: Double
    /// Names of stages to skip; default none.
    public var disabledStages: Set<String>
    /// Every tunable number of the stages and the pipeline.
    public var parameters: RepairParameters

    public init(digits: DigitStyle = .keep, minimumConfidence: Double = 0.99, disabledStages: Set<String> = [],
                parameters: RepairParameters = .init()) {
        self.digits = digits
        self.minimumConfidence = minimumConfidence
        self.disabledStages = disabledStages
        self.parameters = parameters
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case digits, minimumConfidence, disabledStages, parameters
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = NormalizerConfiguration()
        // A misspelt setting would otherwise be ignored without a word.
        if let unknown = try decoder.container(keyedBy: AnyKey.self).allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: try decoder.container(keyedBy: AnyKey.self),
                debugDescription: "no setting '\(unknown.stringValue)'; the settings are \(CodingKeys.allCases.map(\.stringValue).joined(separator: ", "))")
        }
        digits = try container.decodeIfPresent(DigitStyle.self, forKey: .digits) ?? defaults.digits
        minimumConfidence =
            try container.decodeIfPresent(Double.self, forKey: .minimumConfidence) ?? defaults.minimumConfidence
        disabledStages =
            try container.decodeIfPresent(Set<String>.self, forKey: .disabledStages) ?? defaults.disabledStages
        if let given = try container.decodeIfPresent(JSONValue.self, forKey: .parameters) {
            // Only the numbers given change: they are laid over the defaults, then decoded.
            let merged = try JSONValue.overlay(given, on: JSONValue(encoding: defaults.parameters), path: ["parameters"],
                                              wholeNumbers: Self.wholeNumbers)
            do {
                parameters = try merged.decoded(as: RepairParameters.self)
            } catch let error as DecodingError {
                throw error.under(decoder.codingPath + [CodingKeys.parameters])
            }
        } else {
            parameters = defaults.parameters
        }
    }

    /// The paths of the whole-number parameters (`parameters.pipeline.maximumPasses`).
    private static let wholeNumbers: Set<String> = JSONValue.wholeNumberPaths(of: RepairParameters(), under: ["parameters"])

    /// Any key, to find the ones that are no setting.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// A configuration that cannot be used: what is wrong and where (a key path such as
/// `parameters.pipeline.maximumPasses`).
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

extension NormalizerConfiguration {
    /// The configuration a JSON document gives: the defaults, with what it names changed.
    ///
    /// ```swift
    /// let configuration = try NormalizerConfiguration(json: Array(#"{"minimumConfidence": 0.9}"#.utf8))
    /// ```
    public init(json: [UInt8]) throws(ConfigurationError) {
        // Syntax first: the decoder does not say where the JSON is broken.
        do {
            _ = try JSONSerialization.jsonObject(with: Data(json))
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw ConfigurationError(description: "not valid JSON" + (detail.map { " (\($0))" } ?? ""))
        }
        do {
            self = try JSONDecoder().decode(NormalizerConfiguration.self, from: Data(json))
        } catch let error as DecodingError {
            throw ConfigurationError(description: error.explained)
        } catch {
            throw ConfigurationError(description: "\(error)")
        }
    }

    /// The configuration as JSON (what `thainorm config --defaults` prints).
    public var json: [UInt8] {
        // Plain numbers, strings and sets: encoding cannot fail.
        (try? Array(JSONFormat.data(self))) ?? []
    }
}

extension DecodingError {
    /// The error with `prefix` before its coding path (for a value decoded apart, then placed).
    func under(_ prefix: [any CodingKey]) -> DecodingError {
        func moved(_ context: Context) -> Context {
            Context(codingPath: prefix + context.codingPath, debugDescription: context.debugDescription,
                    underlyingError: context.underlyingError)
        }
        switch self {
        case .typeMismatch(let type, let context): return .typeMismatch(type, moved(context))
        case .valueNotFound(let type, let context): return .valueNotFound(type, moved(context))
        case .keyNotFound(let key, let context): return .keyNotFound(key, moved(context))
        case .dataCorrupted(let context): return .dataCorrupted(moved(context))
        @unknown default: return self
        }
    }

    /// What went wrong, for a person: where (the key path), and what.
    var explained: String {
        func at(_ context: Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "" : "at \(path): "
        }
        switch self {
        case .typeMismatch(let type, let context):
            return at(context) + "expected \(type == [String: JSONValue].self ? "an object" : "a value of type \(type)")"
                + (context.debugDescription.isEmpty ? "" : " (\(context.debugDescription))")
        case .valueNotFound(let type, let context):
            return at(context) + "a value of type \(type) is missing"
        case .keyNotFound(let key, let context):
            return at(context) + "'\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?).map { " (\($0.localizedDescription))" } ?? ""
            return at(context) + context.debugDescription + underlying
        @unknown default:
            return "\(self)"
        }
    }
}
