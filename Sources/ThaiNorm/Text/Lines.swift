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
            var start = 0
            while true {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let crlf = end > start && bytes[end - 1] == 0x0D
                let contentEnd = crlf ? end - 1 : end
                // Count, then decode into an array of exactly that size.
                var count = 0
                for index in start..<contentEnd where bytes[index] & 0xC0 != 0x80 { count += 1 }
                lines.append([Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                    var index = start
                    // A String's UTF-8 is well-formed: the lead byte says how long a scalar is.
                    while index < contentEnd {
                        let lead = UInt32(bytes[index])
                        let value: UInt32
                        if lead < 0x80 {
                            value = lead
                            index &+= 1
                        } else if lead < 0xE0 {
                            value = (lead & 0x1F) << 6 | UInt32(bytes[index &+ 1] & 0x3F)
                            index &+= 2
                        } else if lead < 0xF0 {
                            value = (lead & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6 | UInt32(bytes[index &+ 2] & 0x3F)
                            index &+= 3
                        } else {
                            value = (lead & 0x07) << 18 | UInt32(bytes[index &+ 1] & 0x3F) << 12
                                | UInt32(bytes[index &+ 2] & 0x3F) << 6 | UInt32(bytes[index &+ 3] & 0x3F)
                            index &+= 4
                        }
                        buffer[initialized] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        initialized &+= 1
                    }
                })
                carriageReturns.append(crlf)
                if end == bytes.count { break }
                start = end + 1
            }
        }
        return (lines, carriageReturns)
    }

    /// The text of `lines` joined with `\n`, each written back with its `\r` where
    /// `carriageReturns` says so: the inverse of ``scalarLines(_:)``.
    ///
    /// Complexity: O(n), writing the UTF-8 once into a buffer of the exact size.
    public static func joined(_ lines: [[Unicode.Scalar]], carriageReturns: [Bool]) -> String {
        String(unsafeUninitializedCapacity: joinedSize(lines, carriageReturns: carriageReturns)) { buffer in
            writeJoined(lines, carriageReturns: carriageReturns, to: buffer)
        }
    }

    /// As ``joined(_:carriageReturns:)``, as UTF-8 bytes: no `String` is made (nor its UTF-8 checked
    /// again) when the text is only to be written out.
    public static func joinedUTF8(_ lines: [[Unicode.Scalar]], carriageReturns: [Bool]) -> [UInt8] {
        let size = joinedSize(lines, carriageReturns: carriageReturns)
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = writeJoined(lines, carriageReturns: carriageReturns, to: buffer)
        }
    }

    /// The UTF-8 size of the joined lines.
    private static func joinedSize(_ lines: [[Unicode.Scalar]], carriageReturns: [Bool]) -> Int {
        var size = max(0, lines.count - 1)
        for (index, line) in lines.enumerated() {
            for scalar in line { size += UTF8.width(scalar) }
            if carriageReturns[index] { size += 1 }
        }
        return size
    }

    /// Writes the joined lines into `buffer` (of at least ``joinedSize(_:carriageReturns:)`` bytes);
    /// returns the number of bytes written.
    private static func writeJoined(
        _ lines: [[Unicode.Scalar]], carriageReturns: [Bool], to buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var written = 0
        for (index, line) in lines.enumerated() {
            if index > 0 { buffer[written] = 0x0A; written += 1 }
            for scalar in line { written = UTF8Writer.write(scalar, to: buffer, at: written) }
            if carriageReturns[index] { buffer[written] = 0x0D; written += 1 }
        }
        return written
    }
}
