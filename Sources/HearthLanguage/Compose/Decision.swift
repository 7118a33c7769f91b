/// The labels chosen from the model's probabilities, made consistent with the contract:
/// a protective strategy means `from_part`; `for_part` always shares experience; `neutral`
/// never does; only listeners get a listening label.
struct Decision {
    var stance: Stance
    var experience: LabelSet<Experience>
    var strategies: LabelSet<Strategy>
    var listening: Listening?
    var safety: Safety = .none

    init(probabilities p: Probabilities, role: Role) {
        stance = Outputs.stance(at: p.best(in: Outputs.stance))
        experience = []
        for (offset, label) in Experience.ordered.enumerated()
        where p.isLikely(Outputs.experience.lowerBound + offset) {
            experience.insert(label)
        }
        strategies = []
        for (offset, label) in Strategy.ordered.enumerated()
        where p.isLikely(Outputs.strategies.lowerBound + offset) {
            strategies.insert(label)
        }
        listening = role == .listener
            ? Outputs.listening(at: p.best(in: Outputs.listening))
            : nil

        if !strategies.isEmpty, stance != .fromPart {
            if p[Outputs.stanceIndex(.fromPart)] >= 0.2 { stance = .fromPart } else { strategies = [] }
        }
        if stance == .forPart, experience.isEmpty {
            let best = p.best(in: Outputs.experience)
            if p[best] >= 0.15 {
                experience.insert(Experience.ordered[best - Outputs.experience.lowerBound])
            } else {
                stance = p[Outputs.stanceIndex(.fromPart)] > p[Outputs.stanceIndex(.neutral)] ? .fromPart : .neutral
            }
        }
        if stance == .neutral { experience = [] }
    }
}
