import ThaiTrie

// The byte scans of ``Lines``: a text's UTF-8 split at its line feeds and decoded line by line,
// and lines written back as UTF-8 into a buffer of the right size.

extension Lines {
    /// As ``decodedLines(_:)``, from `utf8`, which must be well-formed UTF-8 (as
    /// ``DecodedText/utf8`` is): the text a file was read as, with no `String` made of it.
    /// (A sequence cut short by the end of a line stops the program; other ill-formed bytes
    /// decode to unspecified scalar values.)
    ///
    /// ```swift
    /// Lines.decodedLines(validUTF8: Array("a\r\nb".utf8)).lines   // [["a"], ["b"]]
    /// ```
    ///
    /// Complexity: O(n): the line feeds found by `memchr`, each line decoded once.
    static func decodedLines(validUTF8 utf8: [UInt8]) -> DecodedLines {
        var lines: [[Unicode.Scalar]] = []
        var carriageReturns: [Bool] = []
        var ranges: [Range<Int>] = []
        utf8.withUnsafeBufferPointer { bytes in
            // Each line is decoded into scratch space, then copied into an array of its size.
            var scratch = [UInt32](repeating: 0, count: 256)
            var start = 0
            while true {
                let end = bytes.firstIndex(of: 0x0A, from: start) ?? bytes.count
                let crlf = end > start && bytes[end - 1] == 0x0D
                let contentEnd = crlf ? end - 1 : end
                if scratch.count < contentEnd - start { scratch = [UInt32](repeating: 0, count: contentEnd - start) }
                let count = scratch.withUnsafeMutableBufferPointer { decode(UnsafeBufferPointer(rebasing: bytes[start..<contentEnd]), into: $0) }
                // Well-formed UTF-8 decodes only to valid scalars: the values are copied as they are.
                // (An array made with `reserveCapacity` is allocated by code specialized here;
                // `init(unsafeUninitializedCapacity:)` looks its storage type up at every call.)
                var line: [Unicode.Scalar] = []
                line.reserveCapacity(count)
                scratch.withUnsafeBufferPointer { values in
                    UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: values[..<count])).withMemoryRebound(to: Unicode.Scalar.self) {
                        line.append(contentsOf: $0)
                    }
                }
                lines.append(line)
                carriageReturns.append(crlf)
                ranges.append(start..<contentEnd)
                if end == bytes.count { break }
                start = end + 1
            }
        }
        return DecodedLines(utf8: utf8, lines: lines, carriageReturns: carriageReturns, ranges: ranges)
    }

    /// Decodes well-formed UTF-8 `bytes` into scalar values in `values` (at least as many as
    /// there are bytes); returns how many.
    ///
    /// Complexity: O(n).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into values: UnsafeMutableBufferPointer<UInt32>) -> Int {
        var index = 0
        var written = 0
        let end = bytes.count
        // The lead byte says how long a scalar is.
        while index < end {
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                values[written] = lead
                index &+= 1
            } else if lead < 0xE0 {
                precondition(index &+ 2 <= end, "truncated UTF-8")
                values[written] = (lead & 0x1F) << 6 | UInt32(bytes[index &+ 1] & 0x3F)
                index &+= 2
            } else if lead < 0xF0 {
                precondition(index &+ 3 <= end, "truncated UTF-8")
                values[written] = (lead & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6 | UInt32(bytes[index &+ 2] & 0x3F)
                index &+= 3
            } else {
                precondition(index &+ 4 <= end, "truncated UTF-8")
                values[written] = (lead & 0x07) << 18 | UInt32(bytes[index &+ 1] & 0x3F) << 12
                    | UInt32(bytes[index &+ 2] & 0x3F) << 6 | UInt32(bytes[index &+ 3] & 0x3F)
                index &+= 4
            }
            written &+= 1
        }
        return written
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
        [UInt8](unsafeUninitializedCapacity: utf8Bound(lines)) { buffer, count in
            count = writeJoined(lines, carriageReturns: carriageReturns, to: buffer)
        }
    }

    /// As ``joinedUTF8(_:carriageReturns:)``, where a line still equal to the one it was decoded
    /// from (nearly all: normalizing changes few lines) is copied from the original text's bytes
    /// instead of being encoded again. `lines` has as many lines as `original`.
    static func joinedUTF8(_ lines: [[Unicode.Scalar]], carriageReturns: [Bool], unchangedFrom original: DecodedLines) -> [UInt8] {
        precondition(lines.count == original.lines.count, "a line was added or removed")
        return original.utf8.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: utf8Bound(lines)) { buffer, count in
                count = writeJoined(lines, carriageReturns: carriageReturns, to: buffer,
                                    unchangedFrom: (original.lines, original.ranges, source))
            }
        }
    }

    /// At most 4 bytes a scalar and 2 a line end: a buffer this large holds the joined lines (the
    /// pages past what is written are never touched).
    private static func utf8Bound(_ lines: [[Unicode.Scalar]]) -> Int {
        lines.reduce(0) { $0 + 4 * $1.count + 2 }
    }

    /// The UTF-8 size of the joined lines.
    private static func joinedSize(_ lines: [[Unicode.Scalar]], carriageReturns: [Bool]) -> Int {
        var size = max(0, lines.count - 1)
        for (index, line) in lines.enumerated() {
            line.withUnsafeBufferPointer { line in
                // 1 byte below U+0080, 2 below U+0800, 3 below U+10000, else 4.
                for scalar in line {
                    let v = scalar.value
                    size &+= 1 &+ (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x10000 ? 1 : 0)
                }
            }
            if carriageReturns[index] { size += 1 }
        }
        return size
    }

    /// Writes the joined lines into `buffer` (of at least ``joinedSize(_:carriageReturns:)`` bytes);
    /// returns the number of bytes written. A line still equal to its line in `original` is copied
    /// from the bytes `original.source` holds at its range.
    private static func writeJoined(
        _ lines: [[Unicode.Scalar]], carriageReturns: [Bool], to buffer: UnsafeMutableBufferPointer<UInt8>,
        unchangedFrom original: (lines: [[Unicode.Scalar]], ranges: [Range<Int>], source: UnsafeBufferPointer<UInt8>)? = nil
    ) -> Int {
        var written = 0
        for (index, line) in lines.enumerated() {
            if index > 0 { buffer[written] = 0x0A; written += 1 }
            // Equal arrays that share storage compare in O(1).
            if let original, line == original.lines[index] {
                let range = original.ranges[index]
                if !range.isEmpty {
                    (buffer.baseAddress! + written).initialize(from: original.source.baseAddress! + range.lowerBound, count: range.count)
                }
                written += range.count
            } else {
                line.withUnsafeBufferPointer { line in
                    for scalar in line { written = UTF8Writer.write(scalar, to: buffer, at: written) }
                }
            }
            if carriageReturns[index] { buffer[written] = 0x0D; written += 1 }
        }
        return written
    }
}
