/// Words for the feelings-and-needs picker: feelings a person has, needs that may be unmet, and
/// the faux feelings ("ignored", "manipulated") that say what the other did, with the real
/// feelings and needs usually beneath them.
public enum Vocabulary {
    /// Feelings, from painful to warm.
    public static let feelings = [
        "afraid", "anxious", "ashamed", "confused", "defensive", "disappointed", "discouraged", "embarrassed",
        "exhausted", "frustrated", "guilty", "heartbroken", "helpless", "hopeless", "hurt", "insecure",
        "irritated", "jealous", "lonely", "lost", "nervous", "overwhelmed", "powerless", "resentful", "sad",
        "scared", "shaken", "small", "stuck", "tender", "tense", "torn", "uneasy", "vulnerable", "worried",
        "angry", "furious", "grieving", "restless", "raw",
        "affectionate", "calm", "close", "comforted", "content", "curious", "delighted", "excited", "glad",
        "grateful", "hopeful", "joyful", "moved", "peaceful", "proud", "relieved", "safe", "settled",
        "tender-hearted", "touched", "warm",
    ]

    /// Needs, the ones couples most often long for.
    public static let needs = [
        "acceptance", "affection", "appreciation", "attention", "autonomy", "belonging", "choice", "closeness",
        "comfort", "connection", "consideration", "consistency", "cooperation", "dignity", "ease", "empathy",
        "fairness", "freedom", "fun", "honesty", "intimacy", "kindness", "love", "mattering", "mutuality",
        "order", "partnership", "play", "predictability", "reassurance", "respect", "rest", "safety",
        "security", "space", "support", "to be heard", "to be seen", "to be understood", "touch", "trust",
        "understanding",
    ]

    /// Faux feelings with what usually lies beneath them.
    public static var fauxFeelings: [FauxFeeling] { FauxFeelingGuide.all }
}
