import Testing
@testable import ThaiNorm

@Suite("Line features")
struct LineFeaturesTests {
    func features(_ text: String) -> LineFeatures { LineFeatures(of: Array(text.unicodeScalars)) }

    @Test("clean Thai, the empty line and plain ASCII have none of the features")
    func clean() {
        #expect(features("").isEmpty)
        #expect(features("คำสั่งที่ให้แต่งตั้งคณะกรรมการ ต่าง ๆ ฯลฯ").isEmpty)
        #expect(features("Call Center (FAQ)").isEmpty)
    }

    @Test("each kind of damage shows as its feature")
    func damage() {
        #expect(features("ท่ี").contains(.marksOutOfOrder))
        #expect(features("ก้้").contains(.marksOutOfOrder))
        #expect(!features("ที่").contains(.marksOutOfOrder))
        #expect(features("เเก").contains(.doubleSaraE))
        #expect(features("นำ้").contains(.toneAfterSaraAm))
        #expect(features("นํ้า").contains(.nikhahit))
        #expect(features("ไ ด ้แ ต ่ง").contains(.spaceBeforeNonStarter))
        #expect(features("่ที่").contains(.spaceBeforeNonStarter))   // a mark starting the line
        #expect(features("รูเ้กี่ยว").contains(.leadingVowelUnfollowed))
        #expect(features("คำว่าเ").contains(.leadingVowelUnfollowed))   // ending the line
        #expect(features("๑ .๓").contains(.digitBeforeSpace))
        #expect(features("\u{F70A}").contains(.privateUse))
        #expect(features("Ã ").contains(.latin1))
        #expect(features("ก\u{200B}ข").contains(.otherNonASCII))
        #expect(features("๑") == .thaiDigit)
        #expect(features("1") == .asciiDigit)
        #expect(features("กาา").contains(.followingVowelsInARow))
        #expect(features("ทำำ").contains(.followingVowelsInARow))
        #expect(!features("กา ากะ").contains(.followingVowelsInARow))
        #expect(features("นๅคา") == .lakkhangyao)
        #expect(features("ฤๅษี") == .lakkhangyao)   // the stage tells ฤ and ฦ apart
        #expect(features("กๅ่").contains(.toneAfterFollowingVowel))
    }

    /// Every stage that says a line cannot concern it, checked against what it does to the line.
    static let stages: [any RepairStage] = [
        RepairMojibake(), ReplacePrivateUseGlyphs(), RemoveInvisibleCharacters(), JoinSpreadLetters(),
        RemoveSpaceBeforeMarks(), RemoveSpaceInNumbers(), ComposeSaraAm(), MoveDisplacedMarks(), ReorderThaiMarks(),
        ConvertDigits(style: .keep), ConvertDigits(style: .arabic), ConvertDigits(style: .thai),
    ]

    @Test("a stage that declines a line's features proposes nothing and reports nothing for it: 60,000 random lines")
    func declinedLinesAreUntouched() {
        var generator = SeededGenerator(seed: 1_701)
        // Every class of scalar, and the members the stages single out: sara e, sara am, nikhahit,
        // the digits, the mojibake bytes of Thai (à¸), a Private Use glyph, zero-width and soft hyphen.
        let alphabet = Array(("กขนรเแโไะาำๅ ั ิ ี ุ ู ็ ่ ้ ๊ ๋ ์ ํ ๎ ๆฯ฿๑๕ 19.,()'\"a\t"
            + "\u{E0}\u{B8}\u{81}\u{A1}\u{AD}\u{A0}\u{F70A}\u{F71A}\u{E000}\u{200B}\u{FEFF}\u{2019}").unicodeScalars)
        var declined = 0
        for _ in 0..<60_000 {
            let line = (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let lineFeatures = LineFeatures(of: line)
            for stage in Self.stages where !stage.scope.admits(lineFeatures) {
                declined += 1
                var output = StageOutput()
                stage.repair(line, in: .alone, into: &output)
                #expect(output.repairs.isEmpty && output.findings.isEmpty,
                        "\(stage.name) declined \(line.map { String($0.value, radix: 16) }) but acts on it")
            }
        }
        // The check is not empty: most lines are declined by most stages.
        #expect(declined > 300_000)
    }

    @Test("the normalizer's text, edits and findings are the same when every stage is called on every line")
    func sameOutput() throws {
        let normalizer = Normalizer()
        // The same pipeline, but the stages that decline lines by their features are wrapped so
        // that they are called on every line (document-adaptive stages are left as they are).
        try expectSameNormalization(normalizer, Normalizer(stages: normalizer.stages.map { stage in
            stage is any DocumentAdaptiveStage ? stage : CalledOnEveryLine(stage: stage)
        }))
    }

    /// A stage as it is, but with a scope of every line.
    struct CalledOnEveryLine: RepairStage {
        let stage: any RepairStage
        var name: String { stage.name }
        var summary: String { stage.summary }
        var scope: StageScope { StageScope(everyLineRounds: stage.scope.rounds) }
        func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
            stage.repair(line, in: context, into: &output)
        }
    }
}
