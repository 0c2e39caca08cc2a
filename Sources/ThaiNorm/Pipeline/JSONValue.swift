import Foundation

/// A JSON value as it was written: what a partial configuration is read into, so that the
/// numbers it gives can be laid over the defaults (``overlay(_:on:path:)``) before it is
/// decoded as the full type.
///
/// ```swift
/// let merged = try JSONValue.overlay(given, on: JSONValue(encoding: RepairParameters()), path: ["parameters"])
/// let parameters = try merged.decoded(as: RepairParameters.self)
/// ```
enum JSONValue: Codable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// `value` as JSON.
    init(encoding value: some Encodable) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    /// This JSON decoded as `type`.
    func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(self))
    }

    /// `given` laid over `defaults`: objects key by key (a key `defaults` lacks is refused,
    /// with its path), anything else replaced whole, by a value of the same kind (a number by
    /// a number; a whole number where `wholeNumbers` lists the path).
    static func overlay(_ given: JSONValue, on defaults: JSONValue, path: [String], wholeNumbers: Set<String> = [])
        throws -> JSONValue {
        let name = path.joined(separator: ".")
        func refuse(_ message: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(name) \(message)"))
        }
        switch (defaults, given) {
        case (.object(let base), .object(let changes)):
            var merged = base
            for (key, value) in changes {
                guard let old = base[key] else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: [], debugDescription: "no setting '\((path + [key]).joined(separator: "."))'; known here: "
                            + base.keys.sorted().joined(separator: ", ")))
                }
                merged[key] = try overlay(value, on: old, path: path + [key], wholeNumbers: wholeNumbers)
            }
            return .object(merged)
        case (.object, _): throw refuse("must be an object")
        case (.number, .number(let value)):
            if wholeNumbers.contains(name), value.rounded() != value { throw refuse("must be a whole number") }
            return given
        case (.number, _): throw refuse("must be a number")
        default: return given
        }
    }

    /// The dotted paths of the `Int` fields of `value` and the values inside it (`pipeline.maximumPasses`).
    static func wholeNumberPaths(of value: Any, under path: [String] = []) -> Set<String> {
        var paths: Set<String> = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            if child.value is Int {
                paths.insert((path + [label]).joined(separator: "."))
            } else {
                paths.formUnion(wholeNumberPaths(of: child.value, under: path + [label]))
            }
        }
        return paths
    }
}
