import Foundation

/// Checks a JSON value against the subset of JSON Schema (2020-12) that
/// `structure.schema.json` uses: type (one or several), required,
/// properties, additionalProperties: false, items, enum, const, minimum,
/// pattern, oneOf and local `$ref`s to `#/$defs/…`. Returns the problems, as paths.
///
/// ```swift
/// let validator = try JSONSchemaValidator(schema: Data(StructureSchema.text.utf8))
/// validator.problems(in: ["version": 1])   // ["$: missing header", …]
/// ```
///
/// - Complexity: linear in the size of the value, times the `oneOf` branches it meets.
struct JSONSchemaValidator {
    enum Problem: Error { case notAnObject }
    let root: [String: Any]

    init(schema data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw Problem.notAnObject }
        self.root = root
    }

    func problems(in value: Any) -> [String] { check(value, against: root, at: "$") }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
        let name = String(ref.dropFirst("#/$defs/".count))
        return ((root["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? [:]
    }

    static func typeName(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let n as NSNumber:
            // The schema has no booleans; a boolean decodes as 0 or 1 and is taken as a number.
            return n.doubleValue == n.doubleValue.rounded() ? "integer" : "number"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        default: return "unknown"
        }
    }

    func check(_ value: Any, against raw: [String: Any], at path: String) -> [String] {
        let schema = resolve(raw)
        var problems: [String] = []
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { check(value, against: $0, at: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): matches \(passing) of oneOf") }
        }
        let actual = Self.typeName(value)
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { return problems + ["\(path): \(actual) is not \(allowed)"] }
        }
        if let options = schema["enum"] as? [Any] {
            let matches = options.contains { option in
                (option is NSNull && value is NSNull) || (option as? String).map { $0 == value as? String } == true
            }
            if !matches { problems.append("\(path): not one of \(options)") }
        }
        if let constant = schema["const"] as? NSNumber, (value as? NSNumber) != constant {
            problems.append("\(path): not \(constant)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? NSNumber, number.doubleValue < minimum {
            problems.append("\(path): below \(minimum)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    problems += check(item, against: property, at: "\(path).\(key)")
                } else if (schema["additionalProperties"] as? Bool) == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += check(item, against: items, at: "\(path)[\(index)]") }
        }
        return problems
    }
}
