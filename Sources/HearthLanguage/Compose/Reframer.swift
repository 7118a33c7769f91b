/// Writes a reframe that speaks *for* the part: first person, a feeling and a need, the
/// situation as an observation, and no blame, verdict or absolute.
///
/// It keeps the message's situation: a recognised topic ("the phone", "the dishes"), or
/// the partner's action with the absolutes taken out ("you never call" becomes "when you
/// don't call"). Openings vary with the message, so reframes do not all read alike.
struct Reframer {
    let parsed: ParsedMessage
    let strategies: LabelSet<Strategy>
    let lexicon: Lexicon

    private static let openings = [
        "A part of me feels ", "Some part of me feels ", "I notice a part of me feeling ",
        "There's a part of me that feels ",
    ]
    private static let needOpenings = [" I need ", " What I need is ", " I'd love "]

    func reframe() -> String {
        let feelings = chooseFeelings()
        let situation = observedSituation() ?? topic?.situation ?? "right now"
        let need = chooseNeed()
        let variant = Int(truncatingIfNeeded: parsed.tokens.first.map { $0.hash } ?? 0) & 0xFFFF
        var text = ""
        text.reserveCapacity(160)
        text += Reframer.openings[variant % Reframer.openings.count]
        text += feelings.0
        if feelings.1 != feelings.0 {
            text += " and "
            text += feelings.1
        }
        text += " "
        text += situation
        text += "."
        let limit = parsed.bytes.count * 5 / 2 + 80
        var withNeed = text
        withNeed += Reframer.needOpenings[(variant >> 4) % Reframer.needOpenings.count]
        withNeed += need
        withNeed += "."
        if withNeed.utf8.count <= limit { return withNeed }
        if text.utf8.count <= limit { return text }
        return "A part of me feels " + feelings.0 + "."
    }

    // MARK: Feelings and needs

    private var topic: Topic? {
        for position in 0..<parsed.tokenCount {
            if let index = Topic.byWord[parsed.tokens[position].hash] { return Topic.all[index] }
        }
        return nil
    }

    private func chooseFeelings() -> (String, String) {
        var found: [String] = []
        for index in 0..<parsed.hitCount where !parsed.hits[index].negated {
            let hit = parsed.hits[index]
            switch hit.cue {
            case .fauxFeeling:
                let faux = FauxFeelingGuide.all[Int(hit.payload)]
                found.append(contentsOf: faux.feelings)
            case .feelingWord where Reframer.speakable.contains(lexicon.feelingWords[Int(hit.payload)]):
                found.insert(lexicon.feelingWords[Int(hit.payload)], at: 0)
            default: break
            }
        }
        if found.count >= 2, found[0] != found[1] { return (found[0], found[1]) }
        let fallback = topic?.feelings ?? strategyFeelings
        if let first = found.first { return (first, first == fallback.0 ? fallback.1 : fallback.0) }
        return fallback
    }

    private func chooseNeed() -> String {
        for index in 0..<parsed.hitCount where parsed.hits[index].cue == .fauxFeeling && !parsed.hits[index].negated {
            return FauxFeelingGuide.all[Int(parsed.hits[index].payload)].needs[0]
        }
        return topic?.need ?? strategyNeed
    }

    /// Feeling words that read well in "a part of me feels ...".
    private static let speakable: Set<String> = [
        "afraid", "scared", "frightened", "anxious", "worried", "nervous", "insecure", "sad", "hurt", "lonely",
        "alone", "angry", "frustrated", "resentful", "ashamed", "embarrassed", "guilty", "humiliated", "small",
        "overwhelmed", "stressed", "tense", "disappointed", "discouraged", "hopeless", "helpless", "powerless",
        "stuck", "confused", "torn", "lost", "jealous", "vulnerable", "rejected", "unwanted", "unloved",
        "unseen", "unheard", "invisible", "unimportant", "forgotten", "abandoned", "exhausted", "tired",
        "upset", "unsupported", "unappreciated", "neglected", "betrayed", "drained", "desperate",
    ]

    private var strategyFeelings: (String, String) {
        if strategies.contains(.controlling) { return ("scared", "insecure") }
        if strategies.contains(.shuttingDown) { return ("overwhelmed", "tired") }
        if strategies.contains(.distancing) { return ("hurt", "afraid") }
        if strategies.contains(.overApologizing) { return ("ashamed", "scared") }
        if strategies.contains(.pleasing) { return ("anxious", "afraid") }
        if strategies.contains(.escaping) { return ("overwhelmed", "tired") }
        if strategies.contains(.fixing) { return ("worried", "helpless") }
        if strategies.contains(.counterattacking) { return ("defensive", "hurt") }
        if hasCue(.verdictOnSelf) { return ("ashamed", "lonely") }
        return ("hurt", "frustrated")
    }

    private var strategyNeed: String {
        if strategies.contains(.controlling) { return "some reassurance" }
        if strategies.contains(.shuttingDown) { return "a short pause before we go on" }
        if strategies.contains(.distancing) { return "closeness, even if that scares me" }
        if strategies.contains(.overApologizing) { return "to know we're okay" }
        if strategies.contains(.pleasing) { return "to know my wishes count too" }
        if strategies.contains(.escaping) { return "some comfort" }
        if strategies.contains(.fixing) { return "to feel we can face this together" }
        if strategies.contains(.counterattacking) { return "to be understood too" }
        if hasCue(.verdictOnSelf) { return "some gentleness" }
        return "to feel we're on the same side"
    }

    private func hasCue(_ cue: Cue) -> Bool {
        (0..<parsed.hitCount).contains { parsed.hits[$0].cue == cue }
    }

    // MARK: The situation

    /// The first clause that names the partner's action without a verdict, absolutes removed.
    private func observedSituation() -> String? {
        var clauseStart = 0
        while clauseStart < parsed.tokenCount {
            var clauseEnd = clauseStart + 1
            while clauseEnd < parsed.tokenCount, !parsed.tokens[clauseEnd].startsClause { clauseEnd += 1 }
            if let situation = situation(in: clauseStart..<clauseEnd) { return situation }
            clauseStart = clauseEnd
        }
        return nil
    }

    private func situation(in clause: Range<Int>) -> String? {
        guard clause.count >= 3, clause.count <= 14, !containsVerdict(clause) else { return nil }
        guard let partner = clause.first(where: { lexicon.wordClass(of: parsed.tokens[$0].hash).contains(.partner) })
        else { return nil }
        var words: [String] = []
        var position = partner
        while position < clause.upperBound {
            let word = String(decoding: UnsafeBufferPointer(rebasing: parsed.bytes[Int(parsed.tokens[position].start)..<Int(parsed.tokens[position].end)]),
                              as: UTF8.self)
            let lower = word.lowercased()
            position += 1
            if Reframer.dropped.contains(lower) { continue }
            if lower == "never" { words.append("don't"); continue }
            if lower == "?" || lower == "!" { continue }
            words.append(lower == "u" ? "you" : lower == "ur" ? "your" : lower == "i" ? "I" : lower)
        }
        guard words.count >= 2, words.count <= 12 else { return nil }
        let joined = "when " + words.joined(separator: " ")
        return Reframer.isClean(joined) ? joined : nil
    }

    private func containsVerdict(_ clause: Range<Int>) -> Bool {
        for index in 0..<parsed.hitCount {
            let hit = parsed.hits[index]
            guard clause.contains(Int(hit.firstToken)) else { continue }
            switch hit.cue {
            case .insult, .contempt, .verdictOnSelf, .ultimatum, .controlling, .judgementAsFeeling,
                 .selfHarm, .abuseThreat, .counterattack, .fixing:
                return true
            default: continue
            }
        }
        return false
    }

    private static let dropped: Set<String> = [
        "always", "constantly", "again", "even", "just", "ever", "literally", "seriously", "obviously",
        "clearly", "bloody", "fucking", "fuckin", "damn", "actually", "really", "all", "the", "time", "every",
        "single", "once",
    ]

    /// Words that would carry blame or absolutes into a reframe.
    private static let blamed: Set<String> = [
        "always", "never", "everyone", "nobody", "selfish", "lazy", "stupid", "idiot", "pathetic", "useless",
        "ridiculous", "fault", "care", "wrong", "hate", "worst", "no", "so", "such",
    ]

    private static func isClean(_ text: String) -> Bool {
        !text.split(separator: " ").contains { blamed.contains(String($0)) }
    }
}
