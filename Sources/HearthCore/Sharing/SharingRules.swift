import Foundation

/// Who may see what. Everything is private by default; an item reaches the owner's partner only
/// while it is shared and the two are paired, and a safety disclosure never does. Every service
/// that shows one person's records to another decides with these functions, so the rules live
/// in one place. (Pairing anew starts with everything private: see `PairingService.accept`; and
/// a person who paused couples exercises, a private switch for anyone who feels unsafe, shows
/// nothing to anyone while it is on: see the services' `seenBy` reads.)
public enum SharingRules {
    /// Whether `viewer` may see an item that `owner` keeps with the given sharing setting.
    public static func canSee(viewer: UUID, owner: UUID, isShared: Bool, pairing: Pairing?) -> Bool {
        if viewer == owner { return true }
        guard isShared, let pairing else { return false }
        return pairing.joins(viewer, owner)
    }

    public static func canSee(_ part: Part, viewer: UUID, pairing: Pairing?) -> Bool {
        canSee(viewer: viewer, owner: part.ownerID, isShared: part.isShared, pairing: pairing)
    }

    /// A pause whose words speak of danger is its owner's alone, even if it was marked shared.
    public static func canSee(_ pause: Pause, viewer: UUID, pairing: Pairing?) -> Bool {
        if viewer == pause.ownerID { return true }
        return canSee(viewer: viewer, owner: pause.ownerID, isShared: pause.isShared, pairing: pairing)
            && !pause.disclosesDanger
    }

    /// A partner sees the ratings of check-ins made while the two are paired (they are the
    /// couple's), but a note only when shared and never one that speaks of danger. Returns the
    /// check-in as `viewer` may see it, or nil.
    public static func view(of checkIn: CheckIn, by viewer: UUID, pairing: Pairing?) -> CheckIn? {
        if viewer == checkIn.ownerID { return checkIn }
        guard let pairing, pairing.joins(viewer, checkIn.ownerID), checkIn.createdAt >= pairing.createdAt else {
            return nil
        }
        var view = checkIn
        if !checkIn.isNoteShared || checkIn.noteDisclosesDanger { view.note = "" }
        return view
    }

    /// The relations a viewer may see: those whose two parts they may both see.
    public static func visibleRelations(_ relations: [PartRelation], amongVisible parts: [Part]) -> [PartRelation] {
        let visible = Set(parts.map(\.id))
        return relations.filter { visible.contains($0.fromPartID) && visible.contains($0.toPartID) }
    }
}
