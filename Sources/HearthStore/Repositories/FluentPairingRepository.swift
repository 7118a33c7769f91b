import FluentKit
import Foundation
import HearthCore

/// Invitations in `invitations`, pairings in `pairings`.
struct FluentPairingRepository: PairingRepository {
    let database: any Database

    func insert(_ invitation: Invitation) async throws {
        try await InvitationModel(invitation).create(on: database)
    }

    func invitation(code: String) async throws -> Invitation? {
        try await InvitationModel.find(code, on: database)?.value
    }

    func deleteInvitation(code: String) async throws {
        try await InvitationModel.query(on: database).filter(\.$id == code).delete()
    }

    func deleteInvitations(from inviter: UUID) async throws {
        try await InvitationModel.query(on: database).filter(\.$inviterID == inviter).delete()
    }

    func pairing(of user: UUID) async throws -> Pairing? {
        try await PairingModel.query(on: database)
            .group(.or) { $0.filter(\.$firstUserID == user).filter(\.$secondUserID == user) }
            .first()?.value
    }

    func insert(_ pairing: Pairing) async throws {
        try await PairingModel(pairing).create(on: database)
    }

    func deletePairing(id: UUID) async throws {
        try await PairingModel.query(on: database).filter(\.$id == id).delete()
    }
}
