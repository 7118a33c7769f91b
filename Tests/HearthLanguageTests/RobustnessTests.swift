import PropertyBased
import Testing
@testable import HearthLanguage

/// No text crashes the analyzer, and every analysis keeps the contract's invariants.
@Suite struct RobustnessTests {
    let analyzer = Analyzer.shared

    /// Checks what must hold for any analysis of any text.
    static func checkInvariants(_ analysis: Analysis, role: Role = .speaker) {
        if !analysis.strategies.isEmpty { #expect(analysis.stance == .fromPart) }
        if analysis.stance == .forPart { #expect(!analysis.experience.isEmpty) }
        if analysis.stance == .neutral { #expect(analysis.experience.isEmpty) }
        #expect((analysis.listening != nil) == (role == .listener))
        let length = analysis.text.utf8.count
        for item in analysis.evidence {
            #expect(item.utf8Range.lowerBound >= 0 && item.utf8Range.upperBound <= length)
            _ = item.sentence(in: analysis.text)
        }
        _ = analysis.json()
    }

    @Test(arguments: [
        "", " ", "\n\t  \r\n", "\u{0}", "a\u{0}b\u{0}", "👩‍👩‍👧‍👦❤️‍🔥🏳️‍🌈", "אתה אף פעם לא מקשיב לי",
        "أنت لا تستمع إلي أبدا", "e\u{301}\u{302}\u{303}\u{304}\u{305}", "Z̴̡̛͓̗a̸͎̋l̷͔̏g̶̣̈́ő̵̰",
        "\u{FEFF}\u{200B}\u{202E}reversed", "?!?!?!", "'''''", "’’’", "sooooooo saaaaad",
        String(repeating: "🙄", count: 1000), "\u{1F600}you never\u{1F600}listen",
        "I\u{2019}m scared", "YOU NEVER LISTEN!!!", "\u{D7FF}\u{E000}\u{10FFFF}",
    ])
    func oddTextIsHandled(_ text: String) {
        for role in [Role.speaker, .listener] {
            Self.checkInvariants(analyzer.analyze(text, role: role, context: text), role: role)
        }
    }

    @Test func aMegabyteMessageIsHandled() {
        let chunk = "You never listen to me and I feel so alone. "
        let text = String(repeating: chunk, count: (1 << 20) / chunk.utf8.count)
        let analysis = analyzer.analyze(text)
        #expect(analysis.stance == .fromPart)
        #expect(analysis.evidence.count <= EvidenceFinder.limit)
        Self.checkInvariants(analysis)
    }

    @Test func anyUnicodeIsHandled() async {
        // Any scalar at all, surrogate code points replaced: controls, NUL, private use, unassigned.
        let anyCharacter = Gen<UInt32>.value(in: 0...0x10FFFF).map { Character(UnicodeScalar($0) ?? "\u{FFFD}") }
        await propertyCheck(count: 300, input: anyCharacter.string(of: 0...200)) { text in
            Self.checkInvariants(analyzer.analyze(text))
            Self.checkInvariants(analyzer.analyze(text, role: .listener, context: text), role: .listener)
        }
    }

    @Test func wordsMixedWithAnyUnicodeAreHandled() async {
        let words = Gen.element(of: ["you", "never", "I", "feel", "kill", "myself", "not", "'", "?", " ", "\u{0}",
                                      "😢", "é", "\n", "part of me", "always", "don't"]).map { $0! }
        await propertyCheck(count: 300, input: words.array(of: 0...40)) { pieces in
            Self.checkInvariants(analyzer.analyze(pieces.joined()))
        }
    }

    @Test func theSameTextAlwaysGetsTheSameAnalysis() {
        let text = "You never call when you're late and I sit here worrying."
        #expect(analyzer.analyze(text).json() == analyzer.analyze(text).json())
    }
}
