/// Finds, for each label chosen, the words behind it: a lexicon cue when one supports the
/// label, otherwise the feature that pushed the model hardest toward it.
struct EvidenceFinder {
    let parsed: ParsedMessage
    let model: LinearModel
    let scored: UnsafeBufferPointer<ScoredFeature>

    static let limit = 16

    func evidence(for decision: Decision) -> [Evidence] {
        var evidence: [Evidence] = []
        evidence.reserveCapacity(6)
        if decision.safety != .none { add(.safety(decision.safety), to: &evidence) }
        if decision.stance != .neutral { add(.stance(decision.stance), to: &evidence) }
        for strategy in decision.strategies { add(.strategy(strategy), to: &evidence) }
        for experience in decision.experience { add(.experience(experience), to: &evidence) }
        if let listening = decision.listening { add(.listening(listening), to: &evidence) }
        return evidence
    }

    private func add(_ finding: Finding, to evidence: inout [Evidence]) {
        guard evidence.count < EvidenceFinder.limit else { return }
        for index in 0..<parsed.hitCount {
            let hit = parsed.hits[index]
            guard !hit.negated, supports(hit.cue, finding) else { continue }
            evidence.append(Evidence(finding: finding,
                                     utf8Range: parsed.byteRange(firstToken: hit.firstToken, endToken: hit.endToken),
                                     template: hit.cue.sentence))
            return
        }
        let output = Outputs.index(of: finding)
        var best: ScoredFeature?
        var bestWeight: Float = 0
        for feature in scored where feature.endToken > feature.firstToken {
            let weight = model.weights[Int(feature.row)][output]
            if weight > bestWeight { best = feature; bestWeight = weight }
        }
        guard let best else { return }
        evidence.append(Evidence(finding: finding,
                                 utf8Range: parsed.byteRange(firstToken: best.firstToken, endToken: best.endToken),
                                 template: EvidenceFinder.learnedSentence(for: finding)))
    }

    private func supports(_ cue: Cue, _ finding: Finding) -> Bool {
        if cue.supports == finding { return true }
        // A protector's move is itself evidence of speaking from a part.
        if finding == .stance(.fromPart), case .strategy? = cue.supports { return true }
        if finding == .stance(.forPart), case .experience? = cue.supports { return true }
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
