/// Decides `safety`: crisis phrases the lexicon knows, unless negated ("I'd never hurt
/// myself") or part of a figure of speech ("this deadline is killing me"), with the model
/// as a second reader for wordings the lexicon does not know.
enum SafetyRules {
    /// How sure the model must be to raise an alarm on its own (chosen on held-out folds of
    /// the corpus: recall gained against false alarms on hard negatives).
    static let modelThreshold: Float = 0.7
    /// How sure the model must be to overrule a negation the lexicon found.
    static let deniedThreshold: Float = 0.98

    static func judge(_ parsed: ParsedMessage, role: Role, lexicon: Lexicon, model p: Probabilities) -> Safety {
        var selfHarm = false
        var abuse = false
        var deniedSelfHarm = false
        var deniedAbuse = false
        for index in 0..<parsed.hitCount {
            let hit = parsed.hits[index]
            guard hit.cue == .selfHarm || hit.cue == .abuseDisclosure || hit.cue == .abuseThreat else { continue }
            if hit.negated {
                if hit.cue == .selfHarm { deniedSelfHarm = true } else { deniedAbuse = true }
                continue
            }
            guard !insideIdiom(hit, parsed), !(hit.cue == .abuseThreat && isJoking(parsed)),
                  !(role == .listener && isQuestion(from: Int(hit.endToken), parsed)) else { continue }
            if hit.cue == .selfHarm { selfHarm = true } else { abuse = true }
        }
        if selfHarm { return .selfHarm }
        if abuse { return .abuse }
        // What the lexicon saw denied ("he has never hit me") needs a very sure model to overrule.
        if p[Outputs.safetyIndex(.selfHarm)] > (deniedSelfHarm ? deniedThreshold : modelThreshold) { return .selfHarm }
        if p[Outputs.safetyIndex(.abuse)] > (deniedAbuse ? deniedThreshold : modelThreshold) { return .abuse }
        return .none
    }

    /// Whether an idiom covers any of the hit's words.
    private static func insideIdiom(_ hit: CueHit, _ parsed: ParsedMessage) -> Bool {
        for index in 0..<parsed.hitCount {
            let idiom = parsed.hits[index]
            if idiom.cue == .crisisIdiom, idiom.firstToken < hit.endToken, hit.firstToken < idiom.endToken {
                return true
            }
        }
        return false
    }

    /// Laughter in the message ("😂", "lol", "haha") marks a threat as a joke ("I'll kill you if
    /// you spoil the finale 😂"). Disclosures and self-harm are never discounted this way.
    private static func isJoking(_ parsed: ParsedMessage) -> Bool {
        for index in 0..<parsed.tokenCount where laughter.contains(parsed.tokens[index].hash) { return true }
        return false
    }

    private static let laughter: Set<UInt64> = Set(
        ["lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jk", "😂", "🤣", "😆", "😜", "😝", "😛"]
            .compactMap { Lexicon.wordHashes(of: $0).first })

    /// Whether the clause that holds token `position` ends with a question mark.
    private static func isQuestion(from position: Int, _ parsed: ParsedMessage) -> Bool {
        var index = position
        while index < parsed.tokenCount {
            let token = parsed.tokens[index]
            if parsed.bytes[Int(token.start)] == UInt8(ascii: "?") { return true }
            if token.startsClause, index > position { return false }
            index += 1
        }
        return false
    }
}
