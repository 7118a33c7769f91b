/// Reads one message and returns its ``Analysis``.
///
/// Deterministic and offline: curated lexicons feed a linear model over hashed words, word
/// pairs and cue features; safety rules with negation and idiom handling back the model up.
/// Thread-safe: one analyzer can serve many tasks at once.
public struct Analyzer: Sendable {
    let model: LinearModel
    let lexicon: Lexicon

    /// An analyzer with the given weights.
    public init(model: LinearModel) {
        self.model = model
        lexicon = .shared
    }

    /// Analyses `text`, written by a speaker or a listener, optionally after the partner's `context`.
    public func analyze(_ text: String, role: Role = .speaker, context: String? = nil) -> Analysis {
        ParsedMessage.parse(text, role: role, context: context, lexicon: lexicon) { parsed in
            let capacity = parsed.tokenCount * 5 + parsed.hitCount * 2 + 8
            return withUnsafeTemporaryAllocation(of: ScoredFeature.self, capacity: capacity) { buffer in
                let scores = withUnsafeTemporaryAllocation(of: Int32.self, capacity: Outputs.width) { totals in
                    model.withTables { tables in
                        totals.initialize(repeating: 0)
                        var sink = ScoringSink(tables: tables, totals: totals.baseAddress!, scored: buffer)
                        parsed.extractFeatures(role: role, lexicon: lexicon, into: &sink)
                        return (sink.scores(scales: model.scales, bias: model.bias), sink.count)
                    }
                }
                let probabilities = Probabilities(scores: scores.0)
                var decision = Decision(probabilities: probabilities, role: role)
                decision.safety = SafetyRules.judge(parsed, role: role, lexicon: lexicon, model: probabilities)
                return compose(text: text, role: role, parsed: parsed, decision: decision,
                               scored: UnsafeBufferPointer(rebasing: buffer[..<scores.1]))
            }
        }
    }

    private func compose(text: String, role: Role, parsed: ParsedMessage, decision: Decision,
                         scored: UnsafeBufferPointer<ScoredFeature>) -> Analysis {
        let evidence = EvidenceFinder(parsed: parsed, model: model, scored: scored).evidence(for: decision)
        let reframe = decision.stance == .fromPart
            ? Reframer(parsed: parsed, strategies: decision.strategies, safety: decision.safety, lexicon: lexicon).reframe()
            : nil
        return Analysis(text: text, role: role, stance: decision.stance, experience: decision.experience,
                        strategies: decision.strategies, listening: decision.listening, safety: decision.safety,
                        reframe: reframe, evidence: evidence, fauxFeelings: Guidance.fauxFeelings(in: parsed),
                        invitation: Guidance.invitation(for: decision, role: role))
    }
}

/// A feature the model knew, with the tokens it came from (for evidence).
struct ScoredFeature {
    var row: Int32
    var firstToken: Int32
    var endToken: Int32
}

/// Adds up the model's rows for each feature and remembers which features counted.
///
/// Works on raw pointers into the model, valid only inside ``LinearModel/withTables(_:)``:
/// a plain loop over a row of bytes vectorizes, where `SIMD32` arithmetic spills.
struct ScoringSink: FeatureSink {
    let tables: LinearModel.Tables
    let totals: UnsafeMutablePointer<Int32>
    let scored: UnsafeMutableBufferPointer<ScoredFeature>
    var count = 0

    @inline(__always)
    mutating func add(_ feature: UInt64, firstToken: Int32, endToken: Int32) {
        guard let row = tables.row(of: feature) else { return }
        let source = tables.weights + Int(row) * Outputs.width
        for lane in 0..<Outputs.width { totals[lane] &+= Int32(source[lane]) }
        if count < scored.count {
            scored[count] = ScoredFeature(row: row, firstToken: firstToken, endToken: endToken)
            count += 1
        }
    }

    /// The summed rows in score units.
    func scores(scales: SIMD32<Float>, bias: SIMD32<Float>) -> SIMD32<Float> {
        var vector = SIMD32<Float>()
        for lane in 0..<Outputs.width { vector[lane] = Float(totals[lane]) }
        return vector * scales + bias
    }
}
