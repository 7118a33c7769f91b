import Foundation

/// What a finished practice leaves behind besides its session: the pause practice becomes a
/// journal entry (with any parts named on the way), the four-foundations practice a check-in.
public enum PracticeOutcome {
    /// The parts named for the first time in a session, as new parts of `owner`.
    public static func newParts(in session: PracticeSession) -> [Part] {
        session.answers.sorted { $0.key < $1.key }.flatMap { _, answer -> [Part] in
            guard case .parts(let choices) = answer else { return [] }
            return choices.compactMap { choice in
                guard case .new(let name, let role) = choice else { return nil }
                return Part(ownerID: session.ownerID, name: name, role: role)
            }
        }
    }

    /// The pause a finished pause practice records. `newParts` are the parts created for it.
    public static func pause(from session: PracticeSession, newParts: [Part]) -> Pause {
        let answers = session.answers
        func text(_ id: String) -> String { answers[id]?.text ?? "" }
        var partIDs: [UUID] = []
        if case .parts(let choices) = answers["parts"] {
            for choice in choices {
                switch choice {
                case .existing(let id): partIDs.append(id)
                case .new(let name, _):
                    if let part = newParts.first(where: { $0.name == name }) { partIDs.append(part.id) }
                }
            }
        }
        var selfEnergy = SelfEnergyReading()
        if case .selfEnergy(let reading) = answers["self"] { selfEnergy = reading }
        var analysis: StoredAnalysis?
        if case .analyzed(_, let stored) = answers["say"] { analysis = stored }
        return Pause(ownerID: session.ownerID, happened: text("happened"), bodySensations: text("body"),
                     activatedPartIDs: partIDs, protectorAction: text("protector"), exileNeeds: text("exile"),
                     selfEnergy: selfEnergy, forPart: text("say"), analysis: analysis)
    }

    /// The check-in a finished four-foundations practice records.
    public static func checkIn(from session: PracticeSession) -> CheckIn {
        func number(_ id: String) -> Int {
            if case .number(let value) = session.answers[id] { return value }
            return 0
        }
        return CheckIn(ownerID: session.ownerID, acceptance: number("acceptance"), mutualCare: number("care"),
                       mutualRespect: number("respect"), differentiation: number("differentiation"),
                       sharingDays: number("sharing"), note: session.answers["note"]?.text ?? "")
    }
}
