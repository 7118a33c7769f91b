/// What a conflict is about, recognised from a few words, with the feelings and need that
/// usually sit beneath it and a plain description of the situation.
struct Topic: Sendable {
    let words: [String]
    let feelings: (String, String)
    let need: String
    let situation: String

    /// Hearth's topics, most specific first.
    static let all: [Topic] = [
        Topic(words: ["phone", "phones", "screen", "instagram", "tiktok", "scrolling", "facebook", "insta"],
              feelings: ("lonely", "unimportant"), need: "some of your attention when we're together",
              situation: "when the phone comes out while we're together"),
        Topic(words: ["listen", "listening", "listened", "hear", "heard", "interrupt", "interrupting"],
              feelings: ("unheard", "lonely"), need: "to feel heard", situation: "when I'm talking and don't feel listened to"),
        Topic(words: ["dishes", "laundry", "chores", "housework", "cleaning", "clean", "bins", "hoover", "vacuum",
                      "washing", "mess", "cook", "cooking", "tidy", "kitchen"],
              feelings: ("overwhelmed", "unsupported"), need: "to share the load more evenly",
              situation: "when the housework seems to land on me"),
        Topic(words: ["late", "waiting", "wait", "waited", "time", "hours", "minutes"],
              feelings: ("anxious", "unimportant"), need: "to know I matter to you",
              situation: "when I'm waiting and don't know where things stand"),
        Topic(words: ["money", "spend", "spent", "spending", "debt", "bills", "card", "budget", "paid"],
              feelings: ("anxious", "insecure"), need: "to feel we're safe with money",
              situation: "when money decisions happen without me"),
        Topic(words: ["friends", "texting", "ex", "flirting", "flirt", "messages", "messaging", "colleague", "coworker"],
              feelings: ("insecure", "scared"), need: "some reassurance", situation: "when I don't know where I stand with you"),
        Topic(words: ["sex", "touch", "intimacy", "kiss", "cuddle", "bed", "affection"],
              feelings: ("rejected", "lonely"), need: "closeness", situation: "when we don't touch or come close"),
        Topic(words: ["mum", "mom", "mother", "dad", "father", "family", "parents", "inlaws", "sister", "brother"],
              feelings: ("hurt", "alone"), need: "to feel we're a team", situation: "when family comes between us"),
        Topic(words: ["work", "job", "office", "boss", "overtime"],
              feelings: ("lonely", "unimportant"), need: "time together", situation: "when work takes up the space between us"),
        Topic(words: ["forgot", "forget", "forgotten", "birthday", "anniversary", "remember"],
              feelings: ("forgotten", "hurt"), need: "to feel remembered", situation: "when something that matters to me slips by"),
        Topic(words: ["lie", "lied", "lying", "liar", "trust", "cheat", "cheated", "cheating", "honest", "secret"],
              feelings: ("hurt", "scared"), need: "honesty", situation: "when I'm not sure I'm hearing the whole truth"),
        Topic(words: ["kids", "baby", "children", "child", "son", "daughter", "bedtime", "school"],
              feelings: ("overwhelmed", "alone"), need: "to feel we're in this together", situation: "when the kids' care feels like it's mine alone"),
        Topic(words: ["drink", "drinking", "drunk", "pub", "bar", "beer", "wine"],
              feelings: ("worried", "lonely"), need: "to feel close to you", situation: "when drinking comes between us"),
        Topic(words: ["plans", "plan", "cancel", "cancelled", "canceled", "weekend", "holiday", "trip", "date"],
              feelings: ("disappointed", "hurt"), need: "to be able to count on our plans", situation: "when plans change on me"),
        Topic(words: ["respect", "disrespect", "disrespectful", "rude", "tone", "shout", "shouting", "yell", "yelling"],
              feelings: ("hurt", "small"), need: "respect", situation: "when the tone between us turns sharp"),
        Topic(words: ["help", "helping", "helped", "support", "alone"],
              feelings: ("alone", "unsupported"), need: "some help", situation: "when I'm carrying this on my own"),
    ]

    /// The first topic named in `tokens` of a message.
    static func find(in tokens: Range<Int>, of parsed: ParsedMessage) -> Topic? {
        for position in tokens {
            if let index = byWord[parsed.tokens[position].hash] { return all[index] }
        }
        return nil
    }

    /// Topic index by word hash, built once.
    static let byWord: [UInt64: Int] = {
        var table: [UInt64: Int] = [:]
        for (index, topic) in all.enumerated() {
            for word in topic.words {
                let hash = Lexicon.wordHashes(of: word)[0]
                if table[hash] == nil { table[hash] = index }
            }
        }
        return table
    }()
}
