/// The model's scores read as probabilities: a softmax within each single-label group
/// (stance, listening, safety), a sigmoid for each experience and strategy.
///
/// Computed lazily, output by output: most decisions need only an argmax or a sign, which
/// the raw scores already give.
struct Probabilities {
    let scores: SIMD32<Float>

    init(scores: SIMD32<Float>) { self.scores = scores }

    /// The probability of one output.
    subscript(index: Int) -> Float {
        if let group = Probabilities.group(of: index) {
            var total: Float = 0
            let largest = scores[best(in: group)]
            for other in group { total += Probabilities.exp(scores[other] - largest) }
            return Probabilities.exp(scores[index] - largest) / total
        }
        return 1 / (1 + Probabilities.exp(-scores[index]))
    }

    /// Whether a yes/no output's probability is above one half (its score above zero).
    func isLikely(_ index: Int) -> Bool { scores[index] > 0 }

    /// Every output's probability (for training).
    var all: SIMD32<Float> {
        var values = SIMD32<Float>.zero
        for index in 0..<Outputs.used { values[index] = self[index] }
        return values
    }

    /// The highest-scoring output of a group.
    func best(in group: Range<Int>) -> Int {
        var best = group.lowerBound
        for index in group where scores[index] > scores[best] { best = index }
        return best
    }

    private static func group(of index: Int) -> Range<Int>? {
        if Outputs.stance.contains(index) { return Outputs.stance }
        if Outputs.listening.contains(index) { return Outputs.listening }
        if Outputs.safety.contains(index) { return Outputs.safety }
        return nil
    }

    /// e^x without Foundation, accurate to well under the model's precision.
    @inline(__always)
    static func exp(_ x: Float) -> Float {
        let clamped = min(max(x, -80), 80)
        // e^x = 2^(x·log2 e): split into an integer power of two and a small remainder.
        let t = clamped * 1.442_695_04
        let whole = t.rounded(.down)
        let f = (t - whole) * 0.693_147_18
        let polynomial = 1 + f * (1 + f * (0.5 + f * (0.166_666_67 + f * (0.041_666_668 + f * 0.008_333_334))))
        return Float(sign: .plus, exponent: Int(whole), significand: polynomial)
    }
}
