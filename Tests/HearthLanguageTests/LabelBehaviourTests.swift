import Testing
@testable import HearthLanguage

/// Pins each label's behaviour with Hearth's own examples.
@Suite struct LabelBehaviourTests {
    let analyzer = Analyzer.shared

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        var role: Role = .speaker
        var context: String?
        var stance: Stance?
        var strategy: Strategy?
        var experience: Experience?
        var listening: Listening?
        var testDescription: String { text }
    }

    static let stanceCases: [Case] = [
        Case(text: "You're so selfish, you only ever think about yourself.", stance: .fromPart),
        Case(text: "Wow, thanks for remembering my birthday. Oh wait.", stance: .fromPart),
        Case(text: "A part of me feels really small when plans change without a word.", stance: .forPart),
        Case(text: "I notice I'm scared to bring this up with you.", stance: .forPart),
        Case(text: "I'm so happy you're back home.", stance: .forPart),
        Case(text: "Can you grab some bread on your way back?", stance: .neutral),
        Case(text: "The plumber is coming at nine tomorrow.", stance: .neutral),
    ]

    @Test(arguments: stanceCases)
    func stance(_ example: Case) {
        #expect(analyzer.analyze(example.text, role: example.role).stance == example.stance)
    }

    static let strategyCases: [Case] = [
        Case(text: "You should really get some help for that temper of yours.", strategy: .fixing),
        Case(text: "It's fine, I'll cancel my plans, whatever you want is fine by me.", strategy: .pleasing),
        Case(text: "I'm so sorry, it's all my fault, I ruin everything, I'm the worst.", strategy: .overApologizing),
        Case(text: "Whatever. I'm done talking about this.", strategy: .shuttingDown),
        Case(text: "Give me your phone right now, I want to see who you've been texting.", strategy: .controlling),
        Case(text: "Do what you want, I couldn't care less.", strategy: .distancing),
        Case(text: "You are such a lazy slob, honestly.", strategy: .criticizing),
        Case(text: "Oh please, you're one to talk, you're never home either!", strategy: .counterattacking),
        Case(text: "I can't deal with this, I'm going to the pub to get drunk.", strategy: .escaping),
    ]

    @Test(arguments: strategyCases)
    func strategy(_ example: Case) throws {
        let analysis = analyzer.analyze(example.text)
        #expect(analysis.strategies.contains(try #require(example.strategy)))
        #expect(analysis.stance == .fromPart, "a protector's move is speaking from a part")
    }

    static let experienceCases: [Case] = [
        Case(text: "I feel lonely in the evenings lately.", experience: .feeling),
        Case(text: "I need some reassurance that we're okay.", experience: .need),
        Case(text: "Part of me wants to run out of the room right now.", experience: .impulse),
        Case(text: "I keep telling myself I'm too much for you.", experience: .thought),
        Case(text: "My chest gets so tight when we argue.", experience: .energy),
        Case(text: "I dream of us living by the sea one day.", experience: .dream),
        Case(text: "I hope we can talk properly this weekend.", experience: .hope),
        Case(text: "I miss how we used to laugh together.", experience: .mourning),
    ]

    @Test(arguments: experienceCases)
    func experience(_ example: Case) throws {
        let analysis = analyzer.analyze(example.text)
        #expect(analysis.experience.contains(try #require(example.experience)))
        #expect(analysis.depth == .experience)
    }

    static let listeningCases: [Case] = [
        Case(text: "It sounds like you felt completely on your own there.", role: .listener,
             context: "Nobody at work backed me up today.", listening: .presence),
        Case(text: "You should just tell your boss you're quitting.", role: .listener,
             context: "Work is grinding me down.", listening: .advice),
        Case(text: "Same thing happened to me at my old job, I remember when I...", role: .listener,
             context: "My manager shouted at me in front of everyone.", listening: .ownStory),
        Case(text: "What time was that? Who else was in the meeting?", role: .listener,
             context: "My manager shouted at me in front of everyone.", listening: .details),
        Case(text: "You're overreacting, it's not a big deal.", role: .listener,
             context: "I was so embarrassed at dinner.", listening: .dismissing),
    ]

    @Test(arguments: listeningCases)
    func listening(_ example: Case) {
        let analysis = analyzer.analyze(example.text, role: example.role, context: example.context)
        #expect(analysis.listening == example.listening)
    }

    @Test func speakersHaveNoListeningLabel() {
        #expect(analyzer.analyze("It sounds like you had a long day.", role: .speaker).listening == nil)
    }

    @Test func contractConsistency() {
        for text in ["You never help.", "I'm scared.", "Dinner at 7?", "Fine.", "I miss you so much."] {
            let analysis = analyzer.analyze(text)
            if !analysis.strategies.isEmpty { #expect(analysis.stance == .fromPart) }
            if analysis.stance == .forPart { #expect(analysis.depth == .experience) }
            if analysis.stance == .neutral { #expect(analysis.depth == .surface && analysis.experience.isEmpty) }
            #expect((analysis.reframe != nil) == (analysis.stance == .fromPart))
        }
    }

    @Test func evidencePointsAtTheCue() throws {
        let text = "You always forget the bins."
        let analysis = analyzer.analyze(text)
        let absolute = try #require(analysis.evidence.first { $0.cue(in: text).lowercased() == "always" })
        #expect(absolute.sentence(in: text).contains("verdict"))
    }

    @Test func fauxFeelingsComeWithRealFeelingsAndNeeds() throws {
        let analysis = analyzer.analyze("I feel so ignored by you lately.")
        let ignored = try #require(analysis.fauxFeelings.first)
        #expect(ignored.word == "ignored")
        #expect(ignored.feelings.contains("lonely"))
        #expect(ignored.needs.contains("attention"))
    }

    @Test func surfaceSharingGetsAnInvitation() {
        #expect(analyzer.analyze("My sister called about the wedding again.").invitation != nil)
        #expect(analyzer.analyze("I feel so sad about my sister today.").invitation == nil)
    }
}
