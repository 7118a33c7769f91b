import Testing
@testable import HearthLanguage

/// Reframes speak for the part: first person, a feeling, no blame or absolutes, not too long.
@Suite struct ReframeTests {
    let analyzer = Analyzer.shared

    static let fromPartMessages = [
        "You never listen to me.",
        "You always leave the dishes for me, every single night.",
        "Whatever.",
        "Give me your phone. Now.",
        "You're so lazy, the kitchen is a disgrace.",
        "Oh great, late again. Typical.",
        "I don't need you, I never did.",
        "What is wrong with you? You forgot my birthday.",
        "Well you're never home either, so don't lecture me!",
        "You should see a therapist about your temper.",
    ]

    static let feelingWords: Set<String> = [
        "afraid", "scared", "anxious", "worried", "insecure", "sad", "hurt", "lonely", "alone", "frustrated",
        "ashamed", "small", "overwhelmed", "tired", "disappointed", "helpless", "unheard", "unimportant",
        "unsupported", "rejected", "forgotten", "uncared", "defensive", "torn",
    ]
    static let blame = ["always", "never", "everyone", "nobody", "no one", "selfish", "lazy", "stupid",
                        "your fault", "you're so", "you don't care"]

    @Test(arguments: fromPartMessages)
    func reframeSpeaksForThePart(_ text: String) throws {
        let analysis = analyzer.analyze(text)
        try #require(analysis.stance == .fromPart)
        let reframe = try #require(analysis.reframe)
        let lower = reframe.lowercased()
        let words = Set(lower.split { !$0.isLetter }.map(String.init))
        #expect(words.contains("me") || words.contains("i") || words.contains("my"))
        #expect(!words.isDisjoint(with: Self.feelingWords), "names a feeling: \(reframe)")
        for term in Self.blame { #expect(!lower.contains(term), "no '\(term)' in: \(reframe)") }
        #expect(reframe.count <= text.count * 5 / 2 + 80)
    }

    @Test func reframesVaryWithTheMessage() {
        let reframes = Set(Self.fromPartMessages.compactMap { analyzer.analyze($0).reframe })
        #expect(reframes.count >= Self.fromPartMessages.count - 1)
    }

    @Test func reframeKeepsTheSituation() throws {
        let reframe = try #require(analyzer.analyze("You never call me back when I ring.").reframe)
        #expect(reframe.contains("call me back"))
    }

    @Test func onlyFromPartMessagesGetAReframe() {
        #expect(analyzer.analyze("I feel lonely tonight.").reframe == nil)
        #expect(analyzer.analyze("See you at six.").reframe == nil)
    }
}
