import Foundation

/// The couple's check-ins on the four foundations, and the insights drawn from them.
public struct CheckInService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    @discardableResult
    public func record(_ checkIn: CheckIn) async throws -> CheckIn {
        let checkIn = try checkIn.validated()
        try await store.checkIns.insert(checkIn)
        return checkIn
    }

    /// `owner`'s check-ins as `viewer` may see them (a partner sees ratings, and notes only when
    /// shared), newest first.
    public func checkIns(of owner: UUID, seenBy viewer: UUID) async throws -> [CheckIn] {
        if viewer != owner, try await store.accounts.couplesExercisesPaused(for: owner) { return [] }
        let pairing = viewer == owner ? nil : try await store.pairings.pairing(of: viewer)
        return try await store.checkIns.checkIns(ownedBy: owner)
            .compactMap { SharingRules.view(of: $0, by: viewer, pairing: pairing) }
            .sorted { $0.createdAt > $1.createdAt }
    }

    /// One of the owner's check-ins, by the start of its id.
    public func checkIn(_ reference: String, of owner: UUID) async throws -> CheckIn {
        try IDPrefix.match(reference, in: try await store.checkIns.checkIns(ownedBy: owner), kind: "Check-in")
    }

    /// Shares a check-in's note with the partner, or makes it private again.
    @discardableResult
    public func setNoteShared(_ id: UUID, of owner: UUID, _ shared: Bool) async throws -> CheckIn {
        guard var checkIn = try await store.checkIns.checkIn(id: id), checkIn.ownerID == owner else {
            throw HearthError.notFound("Check-in")
        }
        if shared && checkIn.noteDisclosesDanger {
            throw HearthError.conflict("""
                This note speaks of danger, so Hearth keeps it for you alone. If you are not safe, \
                please reach out for help now (findahelpline.com).
                """)
        }
        checkIn.isNoteShared = shared
        try await store.checkIns.update(checkIn)
        return checkIn
    }

    public func delete(_ id: UUID, of owner: UUID) async throws {
        guard let checkIn = try await store.checkIns.checkIn(id: id), checkIn.ownerID == owner else {
            throw HearthError.notFound("Check-in")
        }
        try await store.checkIns.delete(id: id)
    }

    /// Trends, divergence from the partner's view (when paired) and the sharing warning.
    public func insights(for user: UUID) async throws -> Insights {
        let mine = try await store.checkIns.checkIns(ownedBy: user)
        var partners: [CheckIn]?
        if let partner = try await store.pairings.pairing(of: user)?.partner(of: user) {
            partners = try await checkIns(of: partner, seenBy: user)
        }
        return Insights(mine: mine, partners: partners)
    }
}
