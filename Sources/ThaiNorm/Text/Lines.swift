/// Splitting text into lines the way every part of thainorm counts them.
///
/// Lines end at U+000A LINE FEED; a CARRIAGE RETURN just before it belongs to
/// the terminator (`\r\n`). Splitting works on Unicode scalars because Swift
/// treats `\r\n` as a single `Character`, which `String.split(separator: "\n")`
/// would never split.
///
/// ```swift
/// Lines.split("a\r\nb\n")   // [("a", "\r"), ("b", ""), ("", "")]
/// ```
///
/// Complexity: O(n).
public enum Lines {
    /// One line: its content, and whether it ended in `\r\n` (so `\r` must be written back).
    public struct Line {
        public var content: Substring.UnicodeScalarView
        public var hasCarriageReturn: Bool
    }

    /// The lines of `text`; a text ending in a line feed has an empty last line, so
    /// joining the lines with `\n` gives `text` back.
    public static func split(_ text: String) -> [Line] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.last == "\r" {
                return Line(content: line.dropLast(), hasCarriageReturn: true)
            }
            return Line(content: line, hasCarriageReturn: false)
        }
    }

    /// The lines of `text` as scalar arrays, with whether each ended in `\r\n`: the same
    /// lines as ``split(_:)``, decoded in one pass over the UTF-8 (what the normalizer works on).
    public static func scalarLines(_ text: String) -> (lines: [[Unicode.Scalar]], carriageReturns: [Bool]) {
        var text = text
        var lines: [[Unicode.Scalar]] = []
        var carriageReturns: [Bool] = []
        text.withUTF8 { bytes in
            var current: [Unicode.Scalar] = []
            var index = 0
            func finish() {
                let crlf = current.last == "\r"
                if crlf { current.removeLast() }
                lines.append(current)
                carriageReturns.append(crlf)
                current = []
            }
            while index < bytes.count {
                let lead = bytes[index]
                if lead == 0x0A {
                    finish()
                    index += 1
                    continue
                }
                // A String's UTF-8 is well-formed: only the lead byte says how long a scalar is.
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = UInt32(lead); length = 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F); length = 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F); length = 3
                } else {
                    value = UInt32(lead & 0x07); length = 4
                }
                for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
                current.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
            finish()
        }
        return (lines, carriageReturns)
    }
}
