/// The model's scores turned into probabilities: softmax within each single-label group,
/// a sigmoid for each experience and strategy.
struct Probabilities {
    var values: SIMD32<Float>

    init(scores: SIMD32<Float>) {
        values = .zero
        softmax(scores, Outputs.stance)
        softmax(scores, Outputs.listening)
        softmax(scores, Outputs.safety)
        for index in Outputs.experience.lowerBound..<Outputs.strategies.upperBound {
            values[index] = 1 / (1 + Probabilities.exp(-scores[index]))
        }
    }

    private mutating func softmax(_ scores: SIMD32<Float>, _ group: Range<Int>) {
        var largest = -Float.infinity
        for index in group { largest = max(largest, scores[index]) }
        var total: Float = 0
        for index in group {
            let value = Probabilities.exp(scores[index] - largest)
            values[index] = value
            total += value
        }
        for index in group { values[index] /= total }
    }

    subscript(index: Int) -> Float { values[index] }

    /// The highest-scoring output of a group.
    func best(in group: Range<Int>) -> Int {
        var best = group.lowerBound
        for index in group where values[index] > values[best] { best = index }
        return best
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
