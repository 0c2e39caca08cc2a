import Foundation
import Testing
@testable import ThaiNorm

@Suite("Configuration")
struct ConfigurationTests {
    func configuration(_ json: String) throws(ConfigurationError) -> NormalizerConfiguration {
        try NormalizerConfiguration(json: Array(json.utf8))
    }

    @Test("the defaults printed as JSON read back as the defaults, and {} is the defaults")
    func defaultsRoundTrip() throws {
        let defaults = NormalizerConfiguration()
        #expect(try NormalizerConfiguration(json: defaults.json) == defaults)
        #expect(try configuration("{}") == defaults)
    }

    @Test("a file changes only the numbers it names")
    func overlay() throws {
        let loaded = try configuration(#"{"digits": "thai", "parameters": {"pipeline": {"maximumPasses": 1}, "correctNameSpellings": {"minimumGain": 3.5}}}"#)
        var expected = NormalizerConfiguration(digits: .thai)
        expected.parameters.pipeline.maximumPasses = 1
        expected.parameters.correctNameSpellings.minimumGain = 3.5
        #expect(loaded == expected)
    }

    @Test("a setting that does not exist, a wrong kind of value, a fraction for a count and broken JSON are refused with the place")
    func refusals() {
        let cases: [(String, String)] = [
            (#"{"parameters": {"pipline": {}}}"#, "parameters.pipline"),
            (#"{"parameters": {"pipeline": {"maximumPases": 2}}}"#, "parameters.pipeline.maximumPases"),
            (#"{"digit": "thai"}"#, "digit"),
            (#"{"parameters": {"pipeline": {"maximumPasses": "3"}}}"#, "must be a number"),
            (#"{"parameters": {"pipeline": {"maximumPasses": 2.5}}}"#, "must be a whole number"),
            (#"{"parameters": {"pipeline": 3}}"#, "must be an object"),
            (#"{"digits": "roman"}"#, "digits"),
            (#"{"digits": "#, "not valid JSON"),
        ]
        for (json, expected) in cases {
            do {
                _ = try configuration(json)
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.description.contains(expected), "\(json): \(error.description)")
            }
        }
    }

    @Test("every parameter is read: a number changed in the configuration changes what a stage does")
    func parametersReachTheStages() throws {
        let text = "คําสั่ง"
        #expect(Normalizer().normalize(text).text == "คำสั่ง")
        var configuration = NormalizerConfiguration(minimumConfidence: 0.9)
        configuration.parameters.composeSaraAm.confidence = 0.5
        // (Calibration would replace the stage's score by what such edits measured.)
        let held = Normalizer(stages: Pipeline.stages(for: configuration), configuration: configuration, calibration: .none)
            .normalize(text)
        #expect(held.text == text)
        #expect(held.edits.map(\.confidence) == [0.5])
        // "xx" needs two passes of a stage that mends one x per pass; one pass leaves one.
        var onePass = NormalizerConfiguration()
        onePass.parameters.pipeline.maximumPasses = 1
        #expect(Normalizer(stages: [OneXPerPass()]).normalize("xx").text == "yy")
        #expect(Normalizer(stages: [OneXPerPass()], configuration: onePass).normalize("xx").text == "yx")
    }

    @Test("the decoders' numbers come from the parameters too")
    func decoderParameters() {
        let text = "หน่วยงาบ"
        #expect(Normalizer.everyEdit.normalize(text).text == "หน่วยงาน")
        var noBudget = NormalizerConfiguration.everyEdit
        noBudget.parameters.correctLexicalErrors.budget = 0
        #expect(Normalizer(configuration: noBudget).normalize(text).text == text)
        var parameters = RecoverGarbledEnglish.Parameters()
        parameters.insertionCost = 9
        parameters.costliestEmission = 2
        parameters.budgetSlack = 1.5
        let decoder = EnglishTermDecoder(EnglishTermDecoder(), parameters: parameters)
        #expect(decoder.channel.insertionCost == 9 && decoder.costliestEmission == 2)
        // An adapted decoder keeps them (they were once copied by hand, and some were not).
        let adapted = decoder.adapted(to: ["a\u{1F}ล": 3])
        #expect(adapted.channel.insertionCost == 9 && adapted.costliestEmission == 2)
        #expect(adapted.budgetSlack == 1.5)
    }

    @Test("no stage keeps a number of its own: no decimal literal in Sources/ThaiNorm/Stages outside comments and strings")
    func stagesHoldNoNumbers() throws {
        let stages = Repository.root.appending(path: "Sources/ThaiNorm/Stages")
        let files = try #require(FileManager.default.enumerator(at: stages, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count >= 10)
        let decimal = try Regex(#"(^|[^\w.])(\d+\.\d+)"#)
        let string = try Regex(#""([^"\\]|\\.)*""#)
        for file in files {
            for (number, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let bare = String(code).replacing(string, with: "")
                for match in bare.matches(of: decimal) {
                    let literal = match.output[2].substring.map(String.init) ?? ""
                    guard literal != "1.0" else { continue }   // the identity of min(), not a tunable number
                    Issue.record("\(file.lastPathComponent):\(number + 1): \(literal) belongs in RepairParameters")
                }
            }
        }
    }
}
