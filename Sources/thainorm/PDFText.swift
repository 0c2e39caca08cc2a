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
        process.arguments = ["-raw", "-enc", "UTF-8", "-q", path, "-"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch { throw .badInput(path, "cannot run pdftotext: \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw .badInput(path, "unreadable PDF: \(reason)")
        }
        let bytes = [UInt8](data).filter { $0 != 0x0C }
        guard bytes.contains(where: { $0 > 0x20 }) else {
            throw .badInput(path, "the PDF has no text layer (a scanned image?): OCR it first")
        }
        return Array(BrokenLines.join(String(decoding: bytes, as: UTF8.self)).utf8)
    }
}
