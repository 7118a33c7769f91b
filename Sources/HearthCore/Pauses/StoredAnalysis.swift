import HearthLanguage

/// What the coach found in a piece of text, kept beside the text so history shows progress from
/// speaking *from* a part to speaking *for* it without analysing again.
public struct StoredAnalysis: Sendable, Equatable, Codable {
    public var stance: Stance
    public var depth: Depth
    public var experience: [Experience]
    public var strategies: [Strategy]
    public var safety: Safety
    /// The coach's suggestion for saying it for the part; nil when it already was.
    public var reframe: String?

    public init(stance: Stance, depth: Depth, experience: [Experience], strategies: [Strategy],
                safety: Safety, reframe: String?) {
        self.stance = stance
        self.depth = depth
        self.experience = experience
        self.strategies = strategies
        self.safety = safety
        self.reframe = reframe
    }

    /// The labels of an analysis.
    public init(_ analysis: Analysis) {
        self.init(stance: analysis.stance, depth: analysis.depth, experience: Array(analysis.experience),
                  strategies: Array(analysis.strategies), safety: analysis.safety, reframe: analysis.reframe)
    }

    /// Analyses a speaker's text with the shipped analyzer.
    public static func of(_ text: String) -> StoredAnalysis {
        StoredAnalysis(Analyzer.shared.analyze(text, role: .speaker))
    }

    /// Whether the text disclosed danger (self-harm, violence or fear). Such text is never shown to
    /// a partner, whatever its sharing setting.
    public var isSafetyDisclosure: Bool { safety != .none }
}
