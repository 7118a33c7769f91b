import Foundation

/// Who may see what. Everything is private by default; an item reaches the owner's partner only
/// while it is shared and the two are paired, and a safety disclosure never does. The storage
/// and the server both decide visibility with these functions, so the rules live in one place.
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

    /// A pause whose words disclosed danger is its owner's alone, even if it was marked shared.
    public static func canSee(_ pause: Pause, viewer: UUID, pairing: Pairing?) -> Bool {
        if viewer != pause.ownerID && pause.analysis?.isSafetyDisclosure == true { return false }
        return canSee(viewer: viewer, owner: pause.ownerID, isShared: pause.isShared, pairing: pairing)
    }

    /// A partner sees a check-in's ratings while paired (they are the couple's), but its note only
    /// when shared. Returns the check-in as `viewer` may see it, or nil.
    public static func view(of checkIn: CheckIn, by viewer: UUID, pairing: Pairing?) -> CheckIn? {
        if viewer == checkIn.ownerID { return checkIn }
        guard let pairing, pairing.joins(viewer, checkIn.ownerID) else { return nil }
        var view = checkIn
        if !checkIn.isNoteShared { view.note = "" }
        return view
    }

    /// The relations a viewer may see: those whose two parts they may both see.
    public static func visibleRelations(_ relations: [PartRelation], amongVisible parts: [Part]) -> [PartRelation] {
        let visible = Set(parts.map(\.id))
        return relations.filter { visible.contains($0.fromPartID) && visible.contains($0.toPartID) }
    }
}
