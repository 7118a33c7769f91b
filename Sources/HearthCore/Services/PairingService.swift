import Foundation

/// Pairing two people by a one-time invitation, and unpairing.
public struct PairingService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    /// A new one-time invitation from a person who is not paired yet.
    public func invite(from inviter: UUID) async throws -> Invitation {
        if try await store.pairings.pairing(of: inviter) != nil {
            throw HearthError.pairing("You are already paired. Unpair first to invite someone else.")
        }
        let invitation = Invitation(inviterID: inviter)
        try await store.pairings.insert(invitation)
        return invitation
    }

    /// Accepts an invitation: the code is used up and the two are paired, all at once.
    @discardableResult
    public func accept(code: String, by user: UUID, now: Date = Date()) async throws -> Pairing {
        let code = Invitation.normalise(code)
        return try await store.transaction { store in
            guard let invitation = try await store.pairings.invitation(code: code) else {
                throw HearthError.pairing("That invitation code is not valid. Ask for a new one.")
            }
            if invitation.isExpired(at: now) {
                try await store.pairings.deleteInvitation(code: code)
                throw HearthError.pairing("That invitation has expired. Ask for a new one.")
            }
            if invitation.inviterID == user {
                throw HearthError.pairing("That is your own invitation: give the code to your partner.")
            }
            for person in [user, invitation.inviterID] where try await store.pairings.pairing(of: person) != nil {
                throw HearthError.pairing(person == user
                    ? "You are already paired. Unpair first."
                    : "The person who invited you is already paired.")
            }
            try await store.pairings.deleteInvitation(code: code)
            let pairing = Pairing(firstUserID: invitation.inviterID, secondUserID: user)
            try await store.pairings.insert(pairing)
            return pairing
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
