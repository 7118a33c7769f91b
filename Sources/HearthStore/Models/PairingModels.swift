import FluentKit
import Foundation
import HearthCore

/// The `invitations` table, keyed by the one-time code.
final class InvitationModel: Model, @unchecked Sendable {
    static let schema = "invitations"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "inviter_id") var inviterID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(_ invitation: Invitation) {
        id = invitation.code
        inviterID = invitation.inviterID
        createdAt = invitation.createdAt
        expiresAt = invitation.expiresAt
    }

    var value: Invitation {
        Invitation(code: id!, inviterID: inviterID, createdAt: createdAt.wholeMilliseconds, expiresAt: expiresAt.wholeMilliseconds)
    }
}

/// The `pairings` table.
final class PairingModel: Model, @unchecked Sendable {
    static let schema = "pairings"

    @ID(key: .id) var id: UUID?
    @Field(key: "first_user_id") var firstUserID: UUID
    @Field(key: "second_user_id") var secondUserID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ pairing: Pairing) {
        id = pairing.id
        firstUserID = pairing.firstUserID
        secondUserID = pairing.secondUserID
        createdAt = pairing.createdAt
    }

    var value: Pairing {
        Pairing(id: id!, firstUserID: firstUserID, secondUserID: secondUserID, createdAt: createdAt.wholeMilliseconds)
    }
}
