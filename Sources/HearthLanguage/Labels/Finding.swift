/// One label the analyzer can find, across all the contract's fields.
public enum Finding: Hashable, Sendable {
    case stance(Stance)
    case experience(Experience)
    case strategy(Strategy)
    case listening(Listening)
    case safety(Safety)

    /// The contract's field name for this label.
    public var field: String {
        switch self {
        case .stance: "stance"
        case .experience: "experience"
        case .strategy: "strategies"
        case .listening: "listening"
        case .safety: "safety"
        }
    }

    /// The contract's exact label string.
    public var label: String {
        switch self {
        case .stance(let value): value.rawValue
        case .experience(let value): value.rawValue
        case .strategy(let value): value.rawValue
        case .listening(let value): value.rawValue
        case .safety(let value): value.rawValue
        }
    }
}
