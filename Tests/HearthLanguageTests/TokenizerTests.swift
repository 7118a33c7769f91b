import Testing
@testable import HearthLanguage

/// Tokenization: normalisation that makes spellings meet, and spans that stay in bounds.
@Suite struct TokenizerTests {
    func words(_ text: String) -> [UInt64] { Lexicon.wordHashes(of: text) }

    @Test func apostrophesAndCaseDoNotMatter() {
        #expect(words("don't") == words("dont"))
        #expect(words("Don’t") == words("dont"))
        #expect(words("YOU'RE") == words("youre"))
    }

    @Test func stretchedWordsMeetTheirPlainForm() {
        #expect(words("sooooo") == words("so"))
        #expect(words("pleeeease") == words("please"))
        #expect(words("good") != words("god"))
    }

    @Test func emojiAndPunctuationAreTheirOwnTokens() {
        #expect(words("sure🙄").count == 2)
        #expect(words("what??? really!!").count == 4)
        #expect(words("self-harm") == words("self harm"))
    }

    @Test func otherScriptsStayWhole() {
        #expect(words("naïve café").count == 2)
        #expect(words("אתה לא").count == 2)
    }
}
