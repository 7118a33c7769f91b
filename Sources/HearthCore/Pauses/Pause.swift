import Foundation

/// One entry of the trigger journal: a conflict flared, the person paused, found the part that
/// was touched, and found words to speak for it.
public struct Pause: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    /// What happened, as an observation a camera could record.
    public var happened: String
    /// What the body felt.
    public var bodySensations: String
    /// The parts that were activated (all the owner's own).
    public var activatedPartIDs: [UUID]
    /// What the protector did or wanted to do.
    public var protectorAction: String
    /// What the exile fears or needs.
    public var exileNeeds: String
    public var selfEnergy: SelfEnergyReading
    /// What the person would say for the part.
    public var forPart: String
    /// The coach's reading of `forPart`, stored beside it.
    public var analysis: StoredAnalysis?
    /// Whether the owner's partner may see it (never when its words speak of danger).
    public var isShared: Bool
    public var createdAt: Date

    public init(id: UUID = UUID(), ownerID: UUID, happened: String, bodySensations: String = "",
                activatedPartIDs: [UUID] = [], protectorAction: String = "", exileNeeds: String = "",
                selfEnergy: SelfEnergyReading = .init(), forPart: String = "", analysis: StoredAnalysis? = nil,
                isShared: Bool = false, createdAt: Date = .hearthNow) {
        self.id = id
        self.ownerID = ownerID
        self.happened = happened
        self.bodySensations = bodySensations
        self.activatedPartIDs = activatedPartIDs
        self.protectorAction = protectorAction
        self.exileNeeds = exileNeeds
        self.selfEnergy = selfEnergy
        self.forPart = forPart
        self.analysis = analysis
        self.isShared = isShared
        self.createdAt = createdAt
    }

    /// The pause with its texts checked and `forPart` analysed (when there is one and it has not
    /// been analysed yet).
    public func validated() throws(HearthError) -> Pause {
        var checker = TextRules.Checker()
        var pause = self
        pause.happened = checker.text(happened, field: "happened")
        if pause.happened.isEmpty { checker.add("happened", "must not be empty: what happened, as a camera would see it") }
        pause.bodySensations = checker.text(bodySensations, field: "bodySensations")
        pause.protectorAction = checker.text(protectorAction, field: "protectorAction")
        pause.exileNeeds = checker.text(exileNeeds, field: "exileNeeds")
        pause.forPart = checker.text(forPart, field: "forPart")
        checker.add(selfEnergy.issues(field: "selfEnergy"), under: "")
        if Set(activatedPartIDs).count != activatedPartIDs.count {
            checker.add("activatedPartIDs", "names the same part twice")
        }
        try checker.check()
        if pause.forPart.isEmpty {
            pause.analysis = nil
        } else if pause.analysis == nil || pause.forPart != forPart {
            pause.analysis = .of(pause.forPart)
        }
        // A disclosure anywhere in the pause is never shared, whatever an older reading says.
        if pause.disclosesDanger { pause.isShared = false }
        return pause
    }
}
