/// Receives the features of one message, each with the tokens it came from.
protocol FeatureSink {
    mutating func add(_ feature: UInt64, firstToken: Int32, endToken: Int32)
}

/// Turns a tokenized, cue-matched message into the hashed features the model reads.
///
/// The analyzer and the trainer both call this, so training and analysis see exactly the
/// same features: words, word pairs, negated words, the lexicon's cues, the role, the
/// first words, and the message's length.
enum Features {
    private static let roleSalt = StableHash.of("role")
    private static let listenerSalt = StableHash.of("listener-word")
    private static let negatedSalt = StableHash.of("negated")
    private static let cueSalt = StableHash.of("cue")
    private static let negatedCueSalt = StableHash.of("negated-cue")
    private static let openingSalt = StableHash.of("opening")
    private static let lengthSalt = StableHash.of("length")
    private static let shoutSalt = StableHash.of("shouting")
    private static let contextCueSalt = StableHash.of("context-cue")
    private static let selfFeelingSalt = StableHash.of("owned-feeling")
    private static let aimedCueSalt = StableHash.of("aimed-at-partner")
    private static let clauseOpeningSalt = StableHash.of("clause-opening")

    static func extract(
        tokens: UnsafeMutableBufferPointer<Token>, count: Int,
        hits: UnsafeMutableBufferPointer<CueHit>, hitCount: Int,
        role: Role, contextCues: UInt64,
        lexicon: Lexicon,
        into sink: inout some FeatureSink
    ) {
        let whole = Int32(count)
        let isListener = role == .listener
        sink.add(StableHash.combine(roleSalt, isListener ? 2 : 1), firstToken: 0, endToken: 0)
        sink.add(StableHash.combine(lengthSalt, UInt64(lengthBucket(count))), firstToken: 0, endToken: whole)
        var shouted = 0
        for position in 0..<count {
            let token = tokens[position]
            let here = Int32(position)
            let wordClass = lexicon.wordClass(of: token.stem)
            // Inside a negation's reach, words count only as negated ("never hit me" is not "hit me").
            sink.add(token.negated ? StableHash.combine(negatedSalt, token.hash) : token.hash,
                     firstToken: here, endToken: here + 1)
            if isListener {
                sink.add(StableHash.combine(listenerSalt, token.hash), firstToken: here, endToken: here + 1)
            }
            if position > 0 {
                let pair = StableHash.combine(tokens[position - 1].hash, token.hash)
                sink.add(token.negated ? StableHash.combine(negatedSalt, pair) : pair, firstToken: here - 1, endToken: here + 1)
            }
            if position < 2 {
                sink.add(StableHash.combine(openingSalt &+ UInt64(position), token.hash), firstToken: here, endToken: here + 1)
            }
            if token.shouted { shouted += 1 }
            if token.startsClause || position == 0 {
                // Whether clauses open on the partner ("you...") or on oneself ("I...").
                let opening: UInt64 = wordClass.contains(.partner) ? 1 : wordClass.contains(.selfFrame) ? 2 : 0
                if opening != 0 {
                    sink.add(StableHash.combine(clauseOpeningSalt, opening), firstToken: here, endToken: here + 1)
                }
            }
        }
        if shouted >= 2 { sink.add(shoutSalt, firstToken: 0, endToken: whole) }
        for index in 0..<hitCount {
            let hit = hits[index]
            let salt = hit.negated ? negatedCueSalt : cueSalt
            sink.add(StableHash.combine(salt, UInt64(hit.cue.rawValue)), firstToken: hit.firstToken, endToken: hit.endToken)
            if hit.cue == .absolute || hit.cue == .insult || hit.cue == .contempt || hit.cue == .fauxFeeling,
               isAimedAtPartner(tokens, Int(hit.firstToken), lexicon) {
                sink.add(StableHash.combine(aimedCueSalt, UInt64(hit.cue.rawValue)),
                         firstToken: hit.firstToken, endToken: hit.endToken)
            }
            if hit.cue == .feelingWord || hit.cue == .positiveFeeling, !hit.negated,
               isOwned(tokens, Int(hit.firstToken), lexicon) {
                sink.add(StableHash.combine(selfFeelingSalt, UInt64(hit.cue.rawValue)),
                         firstToken: hit.firstToken, endToken: hit.endToken)
            }
        }
        var remaining = contextCues
        while remaining != 0 {
            let cue = UInt64(remaining.trailingZeroBitCount)
            remaining &= remaining - 1
            sink.add(StableHash.combine(contextCueSalt, cue), firstToken: 0, endToken: 0)
        }
    }

    /// Whether a feeling word is framed as the speaker's own: "I'm so scared", "I feel lonely".
    static func isOwned(_ tokens: UnsafeMutableBufferPointer<Token>, _ position: Int, _ lexicon: Lexicon) -> Bool {
        var back = position - 1
        while back >= 0, back >= position - 4 {
            let wordClass = lexicon.wordClass(of: tokens[back].stem)
            if wordClass.contains(.selfFrame) || wordClass.contains(.feelVerb) { return true }
            if wordClass.contains(.partner) || tokens[back + 1].startsClause { return false }
            back -= 1
        }
        return false
    }

    /// Whether "you" (or "your", "u"...) stands up to three words before, in the same clause.
    static func isAimedAtPartner(_ tokens: UnsafeMutableBufferPointer<Token>, _ position: Int, _ lexicon: Lexicon) -> Bool {
        var back = position - 1
        while back >= 0, back >= position - 3 {
            if lexicon.wordClass(of: tokens[back].stem).contains(.partner) { return true }
            if tokens[back + 1].startsClause { return false }
            back -= 1
        }
        return false
    }

    private static func lengthBucket(_ count: Int) -> Int {
        switch count {
        case 0...2: count
        case 3...4: 3
        case 5...8: 4
        case 9...16: 5
        case 17...32: 6
        default: 7
        }
    }
}
