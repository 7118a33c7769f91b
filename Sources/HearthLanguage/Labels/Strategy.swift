/// A protective strategy: what a protector does to guard an exile, often backfiring.
public enum Strategy: String, BitLabel, Codable {
    case fixing
    case pleasing
    case overApologizing = "over_apologizing"
    case shuttingDown = "shutting_down"
    case controlling
    case distancing
    case criticizing
    case counterattacking
    case escaping

    public static let ordered = allCases
}
