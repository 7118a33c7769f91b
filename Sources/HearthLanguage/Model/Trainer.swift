/// Fits the analyzer's ``LinearModel`` to labelled messages.
///
/// Logistic regression with softmax groups (stance, listening, safety) and independent
/// sigmoids (each experience and strategy), trained by AdaGrad with L2 decay. Shuffling
/// uses a fixed seed, so the same corpus always gives the same weights.
public struct Trainer: Sendable {
    /// Passes over the corpus.
    public var epochs = 30
    public var learningRate: Float = 0.25
    public var l2: Float = 1e-5
    /// Features seen in fewer messages than this are left out of the model.
    public var minimumCount = 3
    public var seed: UInt64 = 0x4845_4152_5448

    public init() {}

    /// One message as the trainer sees it: its feature hashes and its target vector.
    struct Example {
        var features: [UInt64]
        var target: SIMD32<Float>
        var isListener: Bool
        var isSafetyCase: Bool
    }

    /// How much more a message with a safety label weighs in the safety outputs' loss:
    /// missing a person in danger costs more than a false alarm.
    public var safetyCaseWeight: Float = 3

    /// Trains a model on `messages`.
    public func train(_ messages: [LabelledMessage]) -> LinearModel {
        let examples = messages.map { Trainer.example(for: $0, lexicon: .shared) }
        var counts: [UInt64: Int] = [:]
        for example in examples {
            for feature in Set(example.features) { counts[feature, default: 0] += 1 }
        }
        let kept = counts.filter { $0.value >= minimumCount }.keys.sorted()
        let rowOf = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, Int32($0)) })
        let rows = examples.map { example in example.features.compactMap { rowOf[$0] } }

        var weights = [SIMD32<Float>](repeating: .zero, count: kept.count)
        var squared = [SIMD32<Float>](repeating: SIMD32(repeating: 1e-6), count: kept.count)
        var bias = SIMD32<Float>.zero
        var biasSquared = SIMD32<Float>(repeating: 1e-6)
        var safetyWeights = SIMD32<Float>(repeating: 1)
        for index in Outputs.safety { safetyWeights[index] = safetyCaseWeight }
        var order = Array(examples.indices)
        var random = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for position in order {
                let example = examples[position]
                var scores = bias
                for row in rows[position] { scores += weights[Int(row)] }
                var gradient = Trainer.gradient(scores: scores, example: example)
                if example.isSafetyCase { gradient *= safetyWeights }
                biasSquared += gradient * gradient
                bias -= learningRate * gradient / biasSquared.squareRoot()
                for row in rows[position] {
                    let r = Int(row)
                    let g = gradient + l2 * weights[r]
                    squared[r] += g * g
                    weights[r] -= learningRate * g / squared[r].squareRoot()
                }
            }
        }
        return LinearModel(features: kept, rows: weights, bias: bias)
    }

    static func example(for message: LabelledMessage, lexicon: Lexicon) -> Example {
        var collector = FeatureCollector()
        ParsedMessage.parse(message.text, role: message.role, context: message.context, lexicon: lexicon) {
            $0.extractFeatures(role: message.role, lexicon: lexicon, into: &collector)
        }
        var target = SIMD32<Float>.zero
        target[Outputs.stanceIndex(message.stance)] = 1
        for experience in message.experience { target[Outputs.experience.lowerBound + experience.bitIndex] = 1 }
        for strategy in message.strategies { target[Outputs.strategies.lowerBound + strategy.bitIndex] = 1 }
        if let listening = message.listening { target[Outputs.listeningIndex(listening)] = 1 }
        target[Outputs.safetyIndex(message.safety)] = 1
        return Example(features: collector.features, target: target, isListener: message.role == .listener,
                       isSafetyCase: message.safety != .none)
    }

    /// The gradient of the summed log losses with respect to the scores.
    static func gradient(scores: SIMD32<Float>, example: Example) -> SIMD32<Float> {
        var gradient = Probabilities(scores: scores).all - example.target
        if !example.isListener {
            for index in Outputs.listening { gradient[index] = 0 }
        }
        for index in Outputs.used..<Outputs.width { gradient[index] = 0 }
        return gradient
    }
}

/// Collects feature hashes for training.
struct FeatureCollector: FeatureSink {
    var features: [UInt64] = []
    mutating func add(_ feature: UInt64, firstToken: Int32, endToken: Int32) { features.append(feature) }
}

/// A small, fast, seedable generator, so that training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
