import Foundation

/// Pairing two people by a one-time invitation, and unpairing.
public struct PairingService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    /// A new one-time invitation from a person who is not paired yet; it replaces any earlier one.
    public func invite(from inviter: UUID) async throws -> Invitation {
        try await store.transaction { transaction in
            if try await transaction.pairings.pairing(of: inviter) != nil {
                throw HearthError.pairing("You are already paired. Unpair first to invite someone else.")
            }
            let invitation = Invitation(inviterID: inviter)
            try await transaction.pairings.deleteInvitations(from: inviter)
            try await transaction.pairings.insert(invitation)
            return invitation
        }
    }

    /// Accepts an invitation: the code is used up, both people's other invitations are dropped,
    /// and the two are paired, all at once. A pairing starts with everything private: whatever
    /// either shared with someone before is unshared, so nothing reaches a new partner unasked.
    @discardableResult
    public func accept(code: String, by user: UUID, now: Date = Date()) async throws -> Pairing {
        let code = Invitation.normalise(code)
        return try await store.transaction { transaction in
            guard let invitation = try await transaction.pairings.invitation(code: code) else {
                throw HearthError.pairing("That invitation code is not valid. Ask for a new one.")
            }
            if invitation.isExpired(at: now) {
                throw HearthError.pairing("That invitation has expired. Ask for a new one.")
            }
            if invitation.inviterID == user {
                throw HearthError.pairing("That is your own invitation: give the code to your partner.")
            }
            for person in [user, invitation.inviterID] where try await transaction.pairings.pairing(of: person) != nil {
                throw HearthError.pairing(person == user
                    ? "You are already paired. Unpair first."
                    : "The person who invited you is already paired.")
            }
            for person in [user, invitation.inviterID] {
                try await transaction.pairings.deleteInvitations(from: person)
                try await PairingService.unshareEverything(of: person, in: transaction)
            }
            let pairing = Pairing(firstUserID: invitation.inviterID, secondUserID: user)
            try await transaction.pairings.insert(pairing)
            return pairing
        }
    }

    /// Makes every part, pause and check-in note of a person private.
    static func unshareEverything(of person: UUID, in store: any HearthRepositories) async throws {
        for var part in try await store.parts.parts(ownedBy: person) where part.isShared {
            part.isShared = false
            try await store.parts.update(part)
        }
        for var pause in try await store.pauses.pauses(ownedBy: person) where pause.isShared {
            pause.isShared = false
            try await store.pauses.update(pause)
        }
        for var checkIn in try await store.checkIns.checkIns(ownedBy: person) where checkIn.isNoteShared {
            checkIn.isNoteShared = false
            try await store.checkIns.update(checkIn)
        }
    }

    /// The person `user` is paired with, if any.
    public func partner(of user: UUID) async throws -> User? {
        guard let partnerID = try await store.pairings.pairing(of: user)?.partner(of: user) else { return nil }
        return try await store.users.user(id: partnerID)
    }

    /// Ends `user`'s pairing; nothing shared stays visible.
    public func unpair(_ user: UUID) async throws {
        guard let pairing = try await store.pairings.pairing(of: user) else {
            throw HearthError.pairing("You are not paired.")
        }
        try await store.pairings.deletePairing(id: pairing.id)
    }
}
