import ThaiTrie

/// Reads the reviewed data files of `mappings/`, embedded in the library at
/// build time by the EmbedMappings plugin.
///
/// A mapping file is UTF-8 text: lines starting with `#` are provenance and
/// comments, blank lines are ignored, every other line is a row of
/// tab-separated fields.
///
/// ```swift
/// let rows = try MappingTable.rows(of: "pua.tsv")   // [["F700", "0E10", "windows", …], …]
/// ```
public enum MappingTable {
    /// Problems with an embedded data file; these are build defects, not user errors.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing(file: String)
        case malformed(file: String, line: Int, reason: String)

        public var description: String {
            switch self {
            case .missing(let file): "mapping file \(file) is not embedded in this build"
            case .malformed(let file, let line, let reason): "mappings/\(file):\(line): \(reason)"
            }
        }
    }

    /// The names of all embedded mapping files.
    public static var fileNames: [String] {
        EmbeddedMappings.files.keys.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted()
    }

    /// The raw text of an embedded mapping file.
    public static func text(of file: String) throws(Failure) -> String {
        guard let text = EmbeddedMappings.files[file] else { throw .missing(file: file) }
        return text
    }

    /// The data rows of `file` with their 1-based line numbers.
    ///
    /// Complexity: O(n) in the size of the file.
    public static func numberedRows(of file: String) throws(Failure) -> [(line: Int, fields: [Substring])] {
        var text = try text(of: file)
        var rows: [(line: Int, fields: [Range<Int>])] = []
        text.withUTF8 { bytes in
            TabSeparatedRows.forEach(in: bytes) { line, fields in
                rows.append((line, fields))
                return true
            }
        }
        // Byte offsets to indices: O(1) in a native UTF-8 string; tabs and line feeds are scalar boundaries.
        let utf8 = text.utf8
        return rows.map { row in
            (row.line, row.fields.map { field in
                text[utf8.index(utf8.startIndex, offsetBy: field.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: field.upperBound)]
            })
        }
    }

    /// Parses a hexadecimal code point field such as `0E33`.
    public static func scalar(_ field: Substring, file: String, line: Int) throws(Failure) -> Unicode.Scalar {
        guard let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw .malformed(file: file, line: line, reason: "'\(field)' is not a hexadecimal code point")
        }
        return scalar
    }

    /// A table of `code point → code point` from the first two columns of `file`.
    public static func scalarMap(_ file: String) throws(Failure) -> [Unicode.Scalar: Unicode.Scalar] {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (line, fields) in try numberedRows(of: file) {
            guard fields.count >= 2 else {
                throw .malformed(file: file, line: line, reason: "expected at least 2 tab-separated fields")
            }
            let key = try scalar(fields[0], file: file, line: line)
            guard map[key] == nil else {
                throw .malformed(file: file, line: line, reason: "U+\(fields[0]) is listed twice")
            }
            map[key] = try scalar(fields[1], file: file, line: line)
        }
        return map
    }

    /// The set of code points in the first column of `file`.
    public static func scalarSet(_ file: String) throws(Failure) -> Set<Unicode.Scalar> {
        var set: Set<Unicode.Scalar> = []
        for (line, fields) in try numberedRows(of: file) {
            set.insert(try scalar(fields[0], file: file, line: line))
        }
        return set
    }
}

extension MappingTable {
    /// Loads embedded data that a stage cannot work without.
    ///
    /// The files are compiled into the library and every one is parsed by the
    /// test suite, so a failure here is a defect of the build, not of the
    /// input: it stops with the file, line and reason.
    static func required<T>(_ load: () throws(Failure) -> T) -> T {
        do {
            return try load()
        } catch {
            fatalError("thainorm: embedded data is broken: \(error)")
        }
    }
}
