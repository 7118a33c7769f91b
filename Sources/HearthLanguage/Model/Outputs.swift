/// Where each label's score sits in the model's output vector.
///
/// Stance, listening and safety are softmax groups; each experience and each strategy is an
/// independent yes/no output.
enum Outputs {
    static let width = 32
    static let stance = 0..<3
    static let experience = 3..<11
    static let strategies = 11..<20
    static let listening = 20..<25
    static let safety = 25..<28
    static let used = 28

    static func stanceIndex(_ stance: Stance) -> Int {
        switch stance {
        case .fromPart: 0
        case .forPart: 1
        case .neutral: 2
        }
    }

    static func stance(at index: Int) -> Stance {
        switch index {
        case 0: .fromPart
        case 1: .forPart
        default: .neutral
        }
    }

    static func listeningIndex(_ listening: Listening) -> Int {
        switch listening {
        case .presence: 20
        case .advice: 21
        case .ownStory: 22
        case .details: 23
        case .dismissing: 24
        }
    }

    static func listening(at index: Int) -> Listening {
        switch index {
        case 21: .advice
        case 22: .ownStory
        case 23: .details
        case 24: .dismissing
        default: .presence
        }
    }

    static func safetyIndex(_ safety: Safety) -> Int {
        switch safety {
        case .none: 25
        case .selfHarm: 26
        case .abuse: 27
        }
    }

    /// The output that carries evidence for a finding.
    static func index(of finding: Finding) -> Int {
        switch finding {
        case .stance(let value): stanceIndex(value)
        case .experience(let value): experience.lowerBound + value.bitIndex
        case .strategy(let value): strategies.lowerBound + value.bitIndex
        case .listening(let value): listeningIndex(value)
        case .safety(let value): safetyIndex(value)
        }
    }
}
