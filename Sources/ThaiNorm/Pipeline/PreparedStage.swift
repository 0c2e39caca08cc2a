/// A stage made ready for one pass over a document: the ``Normalizer``'s own machinery,
/// which no stage sees.
///
/// A ``RepairStage`` is ready as it is. A ``DocumentAdaptiveStage`` is ready once it has
/// surveyed every line (a line unchanged since the last pass keeps its survey) and adapted
/// to the surveys; its repairs of a line then take that line's survey and the adaptation.
protocol PreparedStage {
    /// The stage's repairs and findings for `line`.
    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput)
    /// Whether this gives every line the same repairs and findings as `previous`, the same
    /// stage made ready for the last pass: a line unchanged since need not be repaired again.
    func repairsLike(_ previous: any PreparedStage) -> Bool
}

/// How the ``Normalizer`` makes one stage ready for each pass.
protocol StageRunner: Sendable {
    /// The stage as configured.
    var stage: any RepairStage { get }
    /// The stage ready to repair `lines`, after `edits` (made only for a stage that adapts:
    /// all the edits so far); `previous` is what this returned last pass.
    func prepared(for lines: [[Unicode.Scalar]], edits: @autoclosure () -> [Edit], facts: LineFacts,
                  previous: (any PreparedStage)?)
        -> any PreparedStage
}

enum StageRunners {
    /// The runner of `stage`: one that adapts it to each document if it is a ``DocumentAdaptiveStage``.
    static func runner(for stage: any RepairStage) -> any StageRunner {
        if let adaptive = stage as? any DocumentAdaptiveStage { return adaptiveRunner(adaptive) }
        return LineStageRunner(stage: stage)
    }

    private static func adaptiveRunner<S: DocumentAdaptiveStage>(_ stage: S) -> any StageRunner {
        AdaptiveStageRunner(adaptive: stage)
    }
}

/// A stage that repairs each line on its own: ready as it is, and always like itself.
struct LineStageRunner: StageRunner, PreparedStage {
    let stage: any RepairStage

    func prepared(for lines: [[Unicode.Scalar]], edits: @autoclosure () -> [Edit], facts: LineFacts,
                  previous: (any PreparedStage)?)
        -> any PreparedStage { self }

    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        stage.repair(line, in: context, into: &output)
    }

    func repairsLike(_ previous: any PreparedStage) -> Bool { true }
}

/// Makes a ``DocumentAdaptiveStage`` ready for a pass: surveys, then adaptation.
struct AdaptiveStageRunner<Stage: DocumentAdaptiveStage>: StageRunner {
    let adaptive: Stage
    var stage: any RepairStage { adaptive }

    // The pipeline's adaptive stages get code of their own (the generic code reached through an
    // existential is not specialized, and pays for type metadata at every line); another
    // adaptive stage runs the generic code, slower but the same.
    @_specialize(where Stage == RemoveOCRDebris)
    @_specialize(where Stage == JoinLinesStartingWithMarks)
    @_specialize(where Stage == MoveMarksByContext)
    @_specialize(where Stage == RemoveSpacesInsideWords)
    @_specialize(where Stage == RestoreSaraAmByContext)
    @_specialize(where Stage == RestoreDroppedToneMarks)
    @_specialize(where Stage == RepairItemNumbers)
    @_specialize(where Stage == RecoverGarbledEnglish)
    @_specialize(where Stage == CorrectLexicalErrors)
    @_specialize(where Stage == CorrectNameSpellings)
    func prepared(for lines: [[Unicode.Scalar]], edits: @autoclosure () -> [Edit], facts: LineFacts,
                  previous: (any PreparedStage)?)
        -> any PreparedStage {
        let stage = adaptive
        let surveys = LineAnalysis(lines, reusing: (previous as? AdaptedStage<Stage>)?.surveys) { index, line in
            stage.survey(line, in: LineContext(index: index, facts: facts))
        }
        let adaptation = stage.adaptation(to: DocumentSurvey(lines: lines, surveys: surveys.values, edits: edits()))
        return AdaptedStage(stage: stage, surveys: surveys, adaptation: adaptation)
    }
}

/// A ``DocumentAdaptiveStage`` adapted to a document.
struct AdaptedStage<Stage: DocumentAdaptiveStage>: PreparedStage {
    let stage: Stage
    /// The survey of each line, with the line it was made of.
    let surveys: LineAnalysis<Stage.LineSurvey>
    let adaptation: Stage.Adaptation

    // The pipeline's adaptive stages get code of their own (the generic code reached through an
    // existential is not specialized, and pays for type metadata at every line); another
    // adaptive stage runs the generic code, slower but the same.
    @_specialize(where Stage == RemoveOCRDebris)
    @_specialize(where Stage == JoinLinesStartingWithMarks)
    @_specialize(where Stage == MoveMarksByContext)
    @_specialize(where Stage == RemoveSpacesInsideWords)
    @_specialize(where Stage == RestoreSaraAmByContext)
    @_specialize(where Stage == RestoreDroppedToneMarks)
    @_specialize(where Stage == RepairItemNumbers)
    @_specialize(where Stage == RecoverGarbledEnglish)
    @_specialize(where Stage == CorrectLexicalErrors)
    @_specialize(where Stage == CorrectNameSpellings)
    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        // A line changed since it was surveyed (by the stage's own earlier round) is surveyed again.
        let surveyed = surveys.value(at: context.index, ifStill: line) ?? stage.survey(line, in: context)
        stage.repair(line, surveyed: surveyed, adaptation: adaptation, in: context, into: &output)
    }

    func repairsLike(_ previous: any PreparedStage) -> Bool {
        (previous as? AdaptedStage<Stage>)?.adaptation == adaptation
    }
}
