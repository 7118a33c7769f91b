/// Properties of single words that the analyzer's rules need, stored as bits.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16
    /// Turns what follows into its opposite: "not", "never", "don't".
    static let negator = WordClass(rawValue: 1 << 0)
    /// The speaker as subject or frame: "I", "I'm", "feel", "my".
    static let selfFrame = WordClass(rawValue: 1 << 1)
    /// The partner: "you", "you're", "your", "u".
    static let partner = WordClass(rawValue: 1 << 2)
    /// Ends a negation's reach: "but", "though", "and".
    static let scopeBreak = WordClass(rawValue: 1 << 3)
    /// Makes a feeling stronger: "so", "really", "very".
    static let intensifier = WordClass(rawValue: 1 << 4)
    /// Begins an owned experience: "feel", "feeling", "felt".
    static let feelVerb = WordClass(rawValue: 1 << 5)
    /// "Don't": before violence it pleads ("please don't hit me") rather than denies.
    static let plea = WordClass(rawValue: 1 << 6)

    static let words: [(WordClass, [String])] = [
        (.negator, ["not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
                    "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt",
                    "aint", "nor", "neither", "nobody", "without", "stopped", "quit", "used"]),
        (.selfFrame, ["i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "am"]),
        (.partner, ["you", "youre", "your", "yours", "yourself", "u", "ur", "youve", "youd", "youll", "ya"]),
        (.scopeBreak, ["but", "though", "although", "however", "and", "because", "cause", "so", "yet",
                      "mean", "meant", "intend", "intended"]),
        (.intensifier, ["so", "really", "very", "super", "totally", "completely", "quite", "pretty", "a", "bit",
                        "little", "kind", "of", "kinda", "sort", "deeply", "incredibly", "extremely", "too",
                        "just", "still", "also", "feeling", "such", "utterly", "absolutely", "bloody", "fucking"]),
        (.plea, ["dont"]),
        (.feelVerb, ["feel", "feeling", "felt", "feels", "im", "am", "was", "get", "getting", "got", "been"]),
    ]
}
