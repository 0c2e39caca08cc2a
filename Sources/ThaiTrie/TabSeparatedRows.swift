/// The rows of a mapping file: tab-separated fields, one row a line, blank lines and
/// `#` comments skipped.
///
/// ```swift
/// TabSeparatedRows.forEach(in: bytes) { line, fields in
///     print(line, fields.count)   // 1-based line number, byte ranges of the fields
///     return true                 // false stops
/// }
/// ```
package enum TabSeparatedRows {
    /// Calls `body` with each data row of a mapping file's UTF-8 `bytes`: its 1-based line
    /// number and the byte ranges of its tab-separated fields. Blank lines and `#` comments
    /// are skipped, a `\r` before the line feed dropped. `body` returns false to stop.
    ///
    /// Splits on the bytes of LF and TAB (neither occurs inside a multi-byte character): the
    /// lexicons have tens of thousands of rows.
    ///
    /// Complexity: O(n) in the size of the file.
    package static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: Int, _ fields: [Range<Int>]) -> Bool) {
        var line = 0, start = 0
        var fields: [Range<Int>] = []
        while start < bytes.count {
            line += 1
            let end = bytes.firstIndex(of: 0x0A, from: start) ?? bytes.count
            defer { start = end + 1 }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            guard contentEnd > start, bytes[start] != 0x23 else { continue }   // blank, or a # comment
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for cursor in start..<contentEnd where bytes[cursor] == 0x09 {
                fields.append(fieldStart..<cursor)
                fieldStart = cursor + 1
            }
            fields.append(fieldStart..<contentEnd)
            guard body(line, fields) else { return }
        }
    }
}
