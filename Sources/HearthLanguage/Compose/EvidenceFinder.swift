/// Finds, for each label chosen, the words behind it: a lexicon cue when one supports the
/// label, otherwise the feature that pushed the model hardest toward it.
struct EvidenceFinder {
    let parsed: ParsedMessage
    let model: LinearModel
    let scored: UnsafeBufferPointer<ScoredFeature>

    static let limit = 16
    /// At most this many lexicon cues are shown for one finding.
    static let cuesPerFinding = 3

    func evidence(for decision: Decision) -> [Evidence] {
        var used = UsedHits()
        var evidence: [Evidence] = []
        evidence.reserveCapacity(6)
        if decision.safety != .none { add(.safety(decision.safety), to: &evidence, used: &used) }
        if decision.stance != .neutral { add(.stance(decision.stance), to: &evidence, used: &used) }
        for strategy in decision.strategies { add(.strategy(strategy), to: &evidence, used: &used) }
        for experience in decision.experience { add(.experience(experience), to: &evidence, used: &used) }
        if let listening = decision.listening { add(.listening(listening), to: &evidence, used: &used) }
        return evidence
    }

    private func add(_ finding: Finding, to evidence: inout [Evidence], used: inout UsedHits) {
        guard evidence.count < EvidenceFinder.limit else { return }
        // Cues not yet shown for another finding come first; a shared cue only when there is no other.
        var found = addCues(for: finding, to: &evidence, used: &used, allowShared: false)
        if found == 0 { found = addCues(for: finding, to: &evidence, used: &used, allowShared: true) }
        guard found == 0 else { return }
        let output = Outputs.index(of: finding)
        var best: ScoredFeature?
        var bestWeight: Float = 0
        for feature in scored where feature.endToken > feature.firstToken {
            // Word pairs read better as evidence than single words: favour them a little.
            let weight = model.weight(row: feature.row, output: output) * (feature.endToken - feature.firstToken > 1 ? 1.3 : 1)
            if weight > bestWeight { best = feature; bestWeight = weight }
        }
        guard let best else { return }
        evidence.append(Evidence(finding: finding,
                                 utf8Range: parsed.byteRange(firstToken: best.firstToken, endToken: best.endToken),
                                 template: EvidenceFinder.learnedSentence(for: finding)))
    }

    /// Adds up to ``cuesPerFinding`` non-overlapping lexicon cues that support `finding`.
    private func addCues(for finding: Finding, to evidence: inout [Evidence], used: inout UsedHits,
                         allowShared: Bool) -> Int {
        var found = 0
        var coveredUntil: Int32 = -1
        for index in 0..<parsed.hitCount where found < EvidenceFinder.cuesPerFinding {
            let hit = parsed.hits[index]
            guard !hit.negated, hit.firstToken >= coveredUntil, supports(hit.cue, finding),
                  allowShared || !used.contains(index) else { continue }
            used.insert(index)
            evidence.append(Evidence(finding: finding,
                                     utf8Range: parsed.byteRange(firstToken: hit.firstToken, endToken: hit.endToken),
                                     template: hit.cue.sentence))
            coveredUntil = hit.endToken
            found += 1
        }
        return found
    }

    /// Which of the first 64 cue hits already serve as evidence.
    struct UsedHits {
        private var bits: UInt64 = 0
        func contains(_ index: Int) -> Bool { index < 64 && bits & (1 << UInt64(index)) != 0 }
        mutating func insert(_ index: Int) { if index < 64 { bits |= 1 << UInt64(index) } }
    }

    private func supports(_ cue: Cue, _ finding: Finding) -> Bool {
        if cue.supports == finding { return true }
        // A protector's move is itself evidence of speaking from a part.
        if finding == .stance(.fromPart), case .strategy? = cue.supports { return true }
        if finding == .stance(.forPart), case .experience? = cue.supports { return true }
        // Verdicts, absolutes and contempt are how criticism shows.
        if finding == .strategy(.criticizing) {
            return cue == .accusation || cue == .insult || cue == .contempt || cue == .absolute
        }
        return false
    }

    /// Sentences for findings the model made from words the lexicon has no entry for.
    static func learnedSentence(for finding: Finding) -> StaticString {
        switch finding {
        case .stance(.fromPart): "'%@' sounds like a part speaking through you; what is it protecting?"
        case .stance(_): "'%@' speaks for your own experience and owns it as yours."
        case .experience(.feeling): "'%@' shares a feeling of yours."
        case .experience(.need): "'%@' shares a need of yours."
        case .experience(.impulse): "'%@' shares an urge without acting on it."
        case .experience(.thought): "'%@' shares a thought as your own."
        case .experience(.energy): "'%@' shares what your body feels."
        case .experience(.dream): "'%@' shares a longing."
        case .experience(.hope): "'%@' shares a hope."
        case .experience(.mourning): "'%@' shares a loss or a regret."
        case .strategy(.fixing): "'%@' sounds like trying to change them."
        case .strategy(.pleasing): "'%@' sounds like giving yourself up to keep the peace."
        case .strategy(.overApologizing): "'%@' sounds like taking all the blame."
        case .strategy(.shuttingDown): "'%@' sounds like closing the door on the conversation."
        case .strategy(.controlling): "'%@' sounds like checking on or commanding them."
        case .strategy(.distancing): "'%@' sounds like pretending not to need them."
        case .strategy(.criticizing): "'%@' sounds like a judgement of who they are."
        case .strategy(.counterattacking): "'%@' sounds like answering a complaint with a complaint."
        case .strategy(.escaping): "'%@' sounds like reaching for an escape."
        case .listening(.presence): "'%@' stays with their experience."
        case .listening(.advice): "'%@' moves to solving; they may first need to feel heard."
        case .listening(.ownStory): "'%@' turns to your own story."
        case .listening(.details): "'%@' asks about facts rather than their experience."
        case .listening(.dismissing): "'%@' sounds like minimising or correcting them."
        case .safety(.selfHarm): "'%@' may be about hurting yourself. You deserve support right now."
        case .safety(_): "'%@' sounds like you may not be safe. You deserve support right now."
        }
    }
}
