import Foundation

/// The trigger journal: recording pauses (with any parts named for the first time, all or
/// nothing), sharing them, and what a partner may see.
public struct PauseService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    /// Records a pause and the new parts it names, in one transaction. The text said for the
    /// part is analysed and the analysis stored beside it.
    @discardableResult
    public func record(_ pause: Pause, newParts: [Part] = []) async throws -> Pause {
        var pause = try pause.validated()
        var checker = TextRules.Checker()
        let newParts: [Part] = newParts.enumerated().compactMap { index, part in
            checker.validated("newParts[\(index)]") { () throws(HearthError) in try part.validated() }
        }
        for (index, part) in newParts.enumerated() {
            if part.ownerID != pause.ownerID {
                checker.add("newParts[\(index)].ownerID", "a new part must belong to the pause's owner")
            }
            if newParts[..<index].contains(where: { $0.name.lowercased() == part.name.lowercased() }) {
                checker.add("newParts[\(index)].name", "names the same new part twice")
            }
        }
        try checker.check()
        pause.activatedPartIDs += newParts.map(\.id).filter { !pause.activatedPartIDs.contains($0) }
        let owner = pause.ownerID
        let existing = try await store.parts.parts(ownedBy: owner)
        for part in newParts where existing.contains(where: { $0.name.lowercased() == part.name.lowercased() }) {
            throw HearthError.conflict("You already have a part named '\(part.name)'.")
        }
        let known = Set(existing.map(\.id)).union(newParts.map(\.id))
        if let unknown = pause.activatedPartIDs.first(where: { !known.contains($0) }) {
            throw HearthError.notFound("Part \(unknown.uuidString)")
        }
        let finished = pause
        try await store.transaction { transaction in
            for part in newParts { try await transaction.parts.insert(part) }
            try await transaction.pauses.insert(finished)
        }
        return finished
    }

    /// The pauses `viewer` may see of `owner`'s journal, newest first.
    public func pauses(of owner: UUID, seenBy viewer: UUID) async throws -> [Pause] {
        if viewer != owner, try await store.accounts.couplesExercisesPaused(for: owner) { return [] }
        let pairing = viewer == owner ? nil : try await store.pairings.pairing(of: viewer)
        return try await store.pauses.pauses(ownedBy: owner)
            .filter { SharingRules.canSee($0, viewer: viewer, pairing: pairing) }
            .sorted { $0.createdAt > $1.createdAt }
    }

    /// One of the owner's pauses, by the start of its id.
    public func pause(_ reference: String, of owner: UUID) async throws -> Pause {
        try IDPrefix.match(reference, in: try await store.pauses.pauses(ownedBy: owner), kind: "Pause")
    }

    /// Shares a pause with the partner or makes it private again. A pause whose words disclosed
    /// danger cannot be shared.
    @discardableResult
    public func setShared(_ id: UUID, of owner: UUID, _ shared: Bool) async throws -> Pause {
        guard var pause = try await store.pauses.pause(id: id), pause.ownerID == owner else {
            throw HearthError.notFound("Pause")
        }
        if shared && pause.disclosesDanger {
            throw HearthError.conflict("""
                This pause speaks of danger, so Hearth keeps it for you alone. If you are not safe, \
                please reach out for help now (findahelpline.com).
                """)
        }
        pause.isShared = shared
        try await store.pauses.update(pause)
        return pause
    }

    public func delete(_ id: UUID, of owner: UUID) async throws {
        guard let pause = try await store.pauses.pause(id: id), pause.ownerID == owner else {
            throw HearthError.notFound("Pause")
        }
        try await store.pauses.delete(id: id)
    }
}
