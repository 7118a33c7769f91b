import FluentKit

/// Migration 6: the `invitations` and `pairings` tables. Deleting either person ends a pairing.
struct CreatePairings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InvitationModel.schema)
            .field("code", .string, .identifier(auto: false))
            .field("inviter_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
        try await database.schema(PairingModel.schema)
            .id()
            .field("first_user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("second_user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "first_user_id")
            .unique(on: "second_user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PairingModel.schema).delete()
        try await database.schema(InvitationModel.schema).delete()
    }
}
