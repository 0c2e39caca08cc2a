import Foundation
import ThaiNorm

/// The text layer of a PDF, through poppler's `pdftotext`.
enum PDFText {
    /// `pdftotext` on the PATH, if installed.
    static let tool: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// UTF-8 text of `path` in content order (`-raw`: Thai comes out exact but for line breaks
    /// before marks, which ``BrokenLines`` joins), page breaks (form feeds) removed.
    static func text(of path: String) throws(CLIFailure) -> [UInt8] {
        guard let tool else {
            throw .badInput(path, "cannot read PDF: pdftotext is not installed (Debian/Ubuntu: apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-raw", "-enc", "UTF-8", path, "-"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch { throw .badInput(path, "cannot run pdftotext: \(error)") }
        // Its messages are read beside its output: a PDF that makes it warn page after page
        // would otherwise fill the error pipe and stall it while we wait for the output.
        let messages = Messages()
        let reader = Thread { messages.data = error.fileHandleForReading.readDataToEndOfFile(); messages.done.signal() }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        messages.done.wait()
        let message = String(decoding: messages.data, as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            // pdftotext's own words (the last of its messages says most: "Couldn't read xref table").
            let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let said = lines.reversed().reduce(into: [String]()) { kept, line in if !kept.contains(line) { kept.append(line) } }
            let reason = said.isEmpty ? "pdftotext exit status \(process.terminationStatus)" : said.prefix(3).joined(separator: "; ")
            throw .badInput(path, "unreadable PDF: \(reason)")
        }
        let bytes = [UInt8](data).filter { $0 != 0x0C }
        guard bytes.contains(where: { $0 > 0x20 }) else {
            throw .badInput(path, "the PDF has no text layer (a scanned image?): OCR it first")
        }
        return Array(BrokenLines.join(String(decoding: bytes, as: UTF8.self)).utf8)
    }

    /// What pdftotext says on its standard error, filled by a reader thread.
    private final class Messages: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
