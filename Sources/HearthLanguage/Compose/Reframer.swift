/// Writes a reframe that speaks *for* the part: first person, a feeling and a need, the
/// situation as an observation, and no blame, verdict or absolute.
///
/// It keeps the message's situation: a recognised topic ("the phone", "the dishes"), or
/// the partner's action with the absolutes taken out ("you never call" becomes "when you
/// don't call"). Openings vary with the message, so reframes do not all read alike.
struct Reframer {
    let parsed: ParsedMessage
    let strategies: LabelSet<Strategy>
    let safety: Safety
    let lexicon: Lexicon

    private static let openings = [
        "A part of me feels ", "Some part of me feels ", "I notice a part of me feeling ",
        "There's a part of me that feels ",
    ]
    private static let needOpenings = [" I need ", " What I need is ", " I'd love "]

    func reframe() -> String {
        if safety == .selfHarm { return "A part of me feels hopeless and alone right now. I need support." }
        if safety == .abuse {
            // The one threatening is asked to step back; the one threatened, to be safe.
            return hasCue(.abuseThreat) || strategies.contains(.controlling)
                ? "A part of me feels scared and out of control right now. I need to step away until I'm calm."
                : "A part of me feels scared and unsafe right now. I need to be safe."
        }
        let observed = complaintShaped ? observedSituation() : nil
        let topic = observed.flatMap { Topic.find(in: $0.tokens, of: parsed) } ?? Topic.find(in: 0..<parsed.tokenCount, of: parsed)
        let feelings = chooseFeelings(topic: topic)
        let situation = observed?.text ?? (complaintShaped ? topic?.situation : nil) ?? "right now"
        let need = chooseNeed(topic: topic)
        let variant = Int(truncatingIfNeeded: parsed.tokenCount > 0 ? parsed.tokens[0].hash : 0) & 0xFFFF
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

    /// Whether the message complains about the partner's actions (criticizing, counterattacking,
    /// fixing, or blame with no named strategy), so that their action is the situation. Other
    /// protectors speak about the speaker's own move, which a reframe should not repeat.
    private var complaintShaped: Bool { strategies.bits & ~Reframer.complaints.bits == 0 }

    private static let complaints: LabelSet<Strategy> = [.criticizing, .counterattacking, .fixing]

    private func chooseFeelings(topic: Topic?) -> (String, String) {
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
        let fallback = complaintShaped ? topic?.feelings ?? strategyFeelings : strategyFeelings
        if let first = found.first { return (first, first == fallback.0 ? fallback.1 : fallback.0) }
        return fallback
    }

    private func chooseNeed(topic: Topic?) -> String {
        for index in 0..<parsed.hitCount where parsed.hits[index].cue == .fauxFeeling && !parsed.hits[index].negated {
            return FauxFeelingGuide.all[Int(parsed.hits[index].payload)].needs[0]
        }
        return complaintShaped ? topic?.need ?? strategyNeed : strategyNeed
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

    /// The first clause in which the partner does something, told without a verdict and with
    /// the absolutes taken out, and the tokens it came from.
    private func observedSituation() -> (text: String, tokens: Range<Int>)? {
        var clauseStart = 0
        while clauseStart < parsed.tokenCount {
            var clauseEnd = clauseStart + 1
            while clauseEnd < parsed.tokenCount, !parsed.tokens[clauseEnd].startsClause { clauseEnd += 1 }
            if let situation = situation(in: clauseStart..<clauseEnd) { return situation }
            clauseStart = clauseEnd
        }
        return nil
    }

    private func situation(in clause: Range<Int>) -> (text: String, tokens: Range<Int>)? {
        guard clause.count >= 3, clause.count <= 14, !containsVerdict(clause) else { return nil }
        // The partner must be the subject: first in the clause, or after a joining word
        // ("and you...", "when you..."). "Why didn't you" and "I owe you" are not observations.
        guard let partner = clause.first(where: { lexicon.wordClass(of: parsed.tokens[$0].stem).contains(.partner) }),
              partner == clause.lowerBound || Reframer.joiners.contains(word(at: partner - 1).lowercased()),
              word(at: partner).lowercased() != "your" else { return nil }
        var words: [String] = []
        for position in partner..<clause.upperBound {
            let lower = word(at: position).lowercased()
            if Reframer.dropped.contains(lower) || lower == "?" || lower == "!" { continue }
            if lower == "never" { words.append("don't"); continue }
            words.append(lower == "u" ? "you" : lower == "ur" ? "your" : lower == "i" ? "I" : lower)
        }
        guard words.count >= 2, words.count <= 12 else { return nil }
        let joined = "when " + words.joined(separator: " ")
        return Reframer.isClean(joined) ? (joined, partner..<clause.upperBound) : nil
    }

    private func word(at position: Int) -> String {
        let token = parsed.tokens[position]
        return String(decoding: UnsafeBufferPointer(rebasing: parsed.bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    private static let joiners: Set<String> = ["and", "but", "when", "because", "cause", "if", "then", "so", "since", "that"]

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

    /// Absolutes and intensifiers that turn an observation into a verdict.
    private static let dropped: Set<String> = [
        "always", "constantly", "again", "even", "just", "ever", "literally", "seriously", "obviously",
        "clearly", "bloody", "fucking", "fuckin", "damn", "actually", "really", "single",
    ]

    /// Words that would carry blame or absolutes into a reframe.
    private static let blamed: Set<String> = [
        "always", "never", "everyone", "nobody", "selfish", "lazy", "stupid", "idiot", "pathetic", "useless",
        "ridiculous", "fault", "care", "wrong", "hate", "worst", "no", "so", "such",
    ]

    private static func isClean(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        if words.contains(where: { blamed.contains(String($0)) }) { return false }
        return !zip(words, words.dropFirst()).contains { $0 == "every" && $1 == "time" }
    }
}
