/// A word that sounds like a feeling but describes what the other person did, with the
/// feelings and needs that usually lie beneath it.
public struct FauxFeeling: Sendable, Hashable {
    /// The word as people say it: "ignored".
    public let word: String
    /// Feelings that are closer to the speaker's own experience.
    public let feelings: [String]
    /// Needs that may be unmet.
    public let needs: [String]
}

/// The curated list of faux feelings, from Nonviolent Communication practice.
enum FauxFeelingGuide {
    static let all: [FauxFeeling] = [
        .init(word: "ignored", feelings: ["lonely", "hurt"], needs: ["attention", "connection"]),
        .init(word: "abandoned", feelings: ["scared", "lonely"], needs: ["security", "closeness"]),
        .init(word: "rejected", feelings: ["hurt", "sad"], needs: ["acceptance", "belonging"]),
        .init(word: "unappreciated", feelings: ["sad", "discouraged"], needs: ["appreciation", "recognition"]),
        .init(word: "disrespected", feelings: ["hurt", "angry"], needs: ["respect", "consideration"]),
        .init(word: "manipulated", feelings: ["confused", "uneasy"], needs: ["honesty", "autonomy"]),
        .init(word: "betrayed", feelings: ["hurt", "shocked"], needs: ["trust", "honesty"]),
        .init(word: "attacked", feelings: ["scared", "defensive"], needs: ["safety", "understanding"]),
        .init(word: "criticized", feelings: ["hurt", "ashamed"], needs: ["acceptance", "appreciation"]),
        .init(word: "criticised", feelings: ["hurt", "ashamed"], needs: ["acceptance", "appreciation"]),
        .init(word: "judged", feelings: ["hurt", "exposed"], needs: ["acceptance", "understanding"]),
        .init(word: "used", feelings: ["hurt", "resentful"], needs: ["mutuality", "consideration"]),
        .init(word: "neglected", feelings: ["lonely", "sad"], needs: ["care", "attention"]),
        .init(word: "controlled", feelings: ["frustrated", "trapped"], needs: ["autonomy", "choice"]),
        .init(word: "misunderstood", feelings: ["frustrated", "lonely"], needs: ["understanding", "to be heard"]),
        .init(word: "unheard", feelings: ["lonely", "frustrated"], needs: ["to be heard", "understanding"]),
        .init(word: "unseen", feelings: ["lonely", "sad"], needs: ["to be seen", "recognition"]),
        .init(word: "invisible", feelings: ["lonely", "sad"], needs: ["to be seen", "attention"]),
        .init(word: "unloved", feelings: ["sad", "lonely"], needs: ["love", "affection"]),
        .init(word: "unwanted", feelings: ["sad", "lonely"], needs: ["belonging", "affection"]),
        .init(word: "taken for granted", feelings: ["sad", "resentful"], needs: ["appreciation", "mutuality"]),
        .init(word: "cheated", feelings: ["hurt", "angry"], needs: ["fairness", "honesty"]),
        .init(word: "pressured", feelings: ["anxious", "overwhelmed"], needs: ["choice", "space"]),
        .init(word: "trapped", feelings: ["scared", "frustrated"], needs: ["freedom", "choice"]),
        .init(word: "smothered", feelings: ["overwhelmed", "restless"], needs: ["space", "autonomy"]),
        .init(word: "belittled", feelings: ["hurt", "small"], needs: ["respect", "dignity"]),
        .init(word: "dismissed", feelings: ["hurt", "frustrated"], needs: ["to be heard", "respect"]),
        .init(word: "blamed", feelings: ["hurt", "defensive"], needs: ["fairness", "understanding"]),
        .init(word: "let down", feelings: ["disappointed", "sad"], needs: ["reliability", "trust"]),
        .init(word: "pushed away", feelings: ["hurt", "lonely"], needs: ["closeness", "connection"]),
        .init(word: "left out", feelings: ["lonely", "hurt"], needs: ["belonging", "inclusion"]),
        .init(word: "put down", feelings: ["hurt", "ashamed"], needs: ["respect", "kindness"]),
        .init(word: "interrupted", feelings: ["frustrated", "unimportant"], needs: ["to be heard", "respect"]),
        .init(word: "patronised", feelings: ["irritated", "small"], needs: ["respect", "equality"]),
        .init(word: "patronized", feelings: ["irritated", "small"], needs: ["respect", "equality"]),
        .init(word: "insulted", feelings: ["hurt", "angry"], needs: ["respect", "kindness"]),
        .init(word: "lied to", feelings: ["hurt", "shaken"], needs: ["honesty", "trust"]),
        .init(word: "cornered", feelings: ["scared", "tense"], needs: ["safety", "choice"]),
        .init(word: "bullied", feelings: ["scared", "hurt"], needs: ["safety", "respect"]),
        .init(word: "provoked", feelings: ["angry", "tense"], needs: ["respect", "calm"]),
        .init(word: "unsupported", feelings: ["lonely", "overwhelmed"], needs: ["support", "partnership"]),
        .init(word: "unimportant", feelings: ["hurt", "lonely"], needs: ["to matter", "attention"]),
        .init(word: "excluded", feelings: ["lonely", "hurt"], needs: ["belonging", "inclusion"]),
        .init(word: "guilted", feelings: ["resentful", "uneasy"], needs: ["choice", "honesty"]),
        .init(word: "nagged", feelings: ["irritated", "tired"], needs: ["autonomy", "ease"]),
        .init(word: "suffocated", feelings: ["overwhelmed", "restless"], needs: ["space", "freedom"]),
        .init(word: "disrespect", feelings: ["hurt", "angry"], needs: ["respect", "consideration"]),
        .init(word: "neglect", feelings: ["lonely", "sad"], needs: ["care", "attention"]),
    ]
}
