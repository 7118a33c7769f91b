/// One word of a message (or an emoji, `?` or `!`), located by UTF-8 byte offsets.
struct Token {
    /// Offset of the first byte in the message's UTF-8.
    var start: Int32
    /// Offset one past the last byte.
    var end: Int32
    /// ``StableHash`` of the normalised form: ASCII lowercased, apostrophes dropped,
    /// runs of three or more of one letter squeezed to one.
    var hash: UInt64
    /// Hash of a light English stem of the normalised form (the lexicon matches on it).
    var stem: UInt64
    /// Punctuation or a line break separates this token from the one before.
    var startsClause: Bool
    /// Written in capitals (two or more letters), as when shouting.
    var shouted: Bool
    /// Inside the reach of a negation word such as "never" or "don't".
    var negated: Bool = false
}
