/// Help toward experience: the real feelings and needs beneath faux feelings, and for
/// surface sharing one question that invites the person inward.
enum Guidance {
    /// The faux feelings in a message, once each, in order of appearance.
    static func fauxFeelings(in parsed: ParsedMessage) -> [FauxFeeling] {
        var found: [FauxFeeling] = []
        for index in 0..<parsed.hitCount where parsed.hits[index].cue == .fauxFeeling && !parsed.hits[index].negated {
            let faux = FauxFeelingGuide.all[Int(parsed.hits[index].payload)]
            if !found.contains(faux) { found.append(faux) }
        }
        return found
    }

    /// A question that invites experience, when the message stays on the surface.
    static func invitation(for decision: Decision, role: Role) -> String? {
        if role == .listener {
            switch decision.listening {
            case .presence?, nil: return nil
            case .advice?: return "Before solving it, could you reflect back what you heard? 'It sounds like...'"
            case .ownStory?: return "Could you stay with their story a little longer? 'What was that like for you?'"
            case .details?: return "Instead of the facts, what might they be feeling right now?"
            case .dismissing?: return "What might be true for them, even if you see it differently?"
            }
        }
        guard decision.experience.isEmpty else { return nil }
        let strategies = decision.strategies
        if strategies.contains(.controlling) { return "What are you afraid might happen?" }
        if strategies.contains(.shuttingDown) { return "What would you need in order to stay in the conversation?" }
        if strategies.contains(.distancing) { return "What would it be like to let them know you need them?" }
        if strategies.contains(.escaping) { return "What feeling would the escape help you not feel?" }
        if strategies.contains(.pleasing) { return "What do you want here, for yourself?" }
        if strategies.contains(.overApologizing) { return "Underneath the apology, what are you feeling?" }
        if strategies.contains(.fixing) { return "What do you need for yourself here, whether or not they change?" }
        if strategies.contains(.counterattacking) { return "What did you feel when they said that?" }
        if decision.stance == .fromPart { return "What did you feel when it happened, and what do you need?" }
        return "What did you feel when that happened?"
    }
}
