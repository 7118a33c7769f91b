/// A guided flow defined as data: a versioned list of steps that the command line and the web
/// run the same way. The bundled practices live in `Resources/Practices/*.json`.
public struct Practice: Sendable, Equatable, Codable, Identifiable {
    /// The slug a person types: `hearth practice run presence`.
    public var id: String
    /// Raised whenever the steps change, so a stored session says which text it answered.
    public var version: Int
    public var title: String
    public var summary: String
    /// About how long it takes.
    public var minutes: Int
    public var steps: [PracticeStep]
    /// Shown at the end.
    public var closing: String

    public func step(_ id: String) -> PracticeStep? { steps.first { $0.id == id } }
}

/// One step of a practice: something to read and, for most kinds, an answer to give.
public struct PracticeStep: Sendable, Equatable, Codable, Identifiable {
    /// What kind of answer the step asks for.
    public enum Kind: String, Sendable, Codable {
        /// Free text.
        case prompt
        /// One (or, with `multiple`, several) of `options`.
        case choice
        /// A whole number from `min` to `max`.
        case scale
        /// Time to rest in an instruction; the answer is how many seconds were given to it.
        case timer
        /// One or more of the person's parts, or a new one named on the spot.
        case part
        /// Free text that the coach analyses.
        case analyzed
        /// A Self-energy reading of the listed qualities.
        case selfEnergy
    }

    public var id: String
    public var kind: Kind
    public var text: String
    public var hint: String?
    public var optional: Bool?
    public var options: [String]?
    public var multiple: Bool?
    public var min: Int?
    public var max: Int?
    public var low: String?
    public var high: String?
    public var seconds: Int?
    public var role: PartRole?
    public var allowNew: Bool?
    public var qualities: [SelfQuality]?

    public var isOptional: Bool { optional ?? false }
    public var allowsMultiple: Bool { multiple ?? false }
    public var allowsNewPart: Bool { allowNew ?? true }
    public var scaleRange: ClosedRange<Int> { (min ?? 0)...(max ?? 10) }
}
