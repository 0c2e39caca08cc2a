/// Where a batch writes each input: the input tree mirrored under the output
/// folder, with `.txt` for normalized text and `.json` for the extraction.
///
/// ```swift
/// try BatchPaths.output(for: "2566/orders/a.pdf", extension: "json", in: "/out")   // "/out/2566/orders/a.json"
/// try BatchPaths.output(for: "../etc/passwd", extension: "txt", in: "/out")         // throws .escapes
/// ```
///
/// Pure path arithmetic on `/`-separated strings: no file is touched.
public enum BatchPaths {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// The relative path would land outside the output folder.
        case escapes(String)
        public var description: String {
            switch self {
            case .escapes(let path): "'\(path)' would be written outside the output folder; refused"
            }
        }
    }

    /// The kinds of input a batch reads, by extension.
    public enum InputKind: String, Sendable {
        case text, pdf
    }

    public static func kind(of path: String) -> InputKind? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt": return .text
        case "pdf": return .pdf
        default: return nil
        }
    }

    /// The output path for `relative` (a path inside an input folder, or a file name) with its
    /// extension replaced by `ext`, under `folder`. `.` components are dropped; `..`, an absolute
    /// path or an empty one is refused.
    public static func output(for relative: String, extension ext: String, in folder: String) throws(Problem) -> String {
        guard !relative.hasPrefix("/") else { throw .escapes(relative) }
        var components: [String] = []
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            guard component != ".." else { throw .escapes(relative) }
            components.append(String(component))
        }
        guard var last = components.popLast() else { throw .escapes(relative) }
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { last = String(last[..<dot]) }
        components.append(last + "." + ext)
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        return ([base] + components).joined(separator: "/")
    }

    /// `path` relative to `folder`, if it lies inside it (both absolute and standardized).
    public static func relative(_ path: String, to folder: String) -> String? {
        // As bytes: `hasPrefix` on strings holds for canonically equivalent names, which are
        // other files on disk.
        let prefix = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8)
        guard path.utf8.starts(with: prefix) else { return nil }
        return String(decoding: path.utf8.dropFirst(prefix.count), as: UTF8.self)
    }
}
