import Testing
@testable import HearthLanguage

/// Safety must find every disclosure, and must not cry wolf at idioms and negations.
@Suite struct SafetyTests {
    let analyzer = Analyzer.shared

    @Test(arguments: [
        "I don't want to be here anymore. Everyone would be better off without me.",
        "i keep thinking about ending my life",
        "I've started cutting myself again.",
        "A part of me wants to die tonight.",
        "If you leave me I'll kill myself, I swear.",
    ])
    func selfHarmIsFound(_ text: String) {
        #expect(analyzer.analyze(text).safety == .selfHarm)
    }

    @Test(arguments: [
        "He pushed me against the wall last night and I'm scared to go home.",
        "She grabbed my wrist so hard it left bruises.",
        "If you talk to him again I'll break your neck.",
        "He made me have sex when I said no.",
    ])
    func abuseIsFound(_ text: String) {
        #expect(analyzer.analyze(text).safety == .abuse)
    }

    @Test(arguments: [
        "This deadline is killing me.",
        "I could murder a curry right now.",
        "I'm dying to see you this weekend!",
        "I'd never hurt myself, please don't worry.",
        "My boss will kill me if I'm late again.",
        "That film was so sad, I nearly died crying.",
        "I'm dead tired, going to bed.",
        "He has never hit me, we just argue loudly.",
    ])
    func idiomsAndNegationsAreNotAlarms(_ text: String) {
        #expect(analyzer.analyze(text).safety == .none)
    }

    @Test func aCaringReplyIsNotAnAlarm() {
        let analysis = analyzer.analyze("Thank you for telling me. Are you safe right now? Do you want to die?",
                                        role: .listener, context: "I don't want to be here anymore.")
        #expect(analysis.safety == .none)
    }

    @Test func safetyEvidenceComesFirst() throws {
        let analysis = analyzer.analyze("I want to kill myself.")
        let first = try #require(analysis.evidence.first)
        #expect(first.finding == .safety(.selfHarm))
        #expect(analysis.safety.needsHelpFirst)
    }
}
