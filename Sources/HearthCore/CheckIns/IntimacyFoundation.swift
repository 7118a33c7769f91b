/// The four foundations intimacy rests on, which a check-in rates.
public enum IntimacyFoundation: String, Sendable, Codable, CaseIterable {
    case acceptance
    case mutualCare = "mutual_care"
    case mutualRespect = "mutual_respect"
    case differentiation

    /// How the foundation reads in a sentence.
    public var title: String {
        switch self {
        case .acceptance: "acceptance"
        case .mutualCare: "mutual care"
        case .mutualRespect: "mutual respect"
        case .differentiation: "healthy differentiation"
        }
    }
}
