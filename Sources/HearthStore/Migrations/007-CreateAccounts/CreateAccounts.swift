import FluentKit

/// Migration 7: `credentials` (a password hash per user who signs in on the web) and
/// `web_sessions` (signed-in browsers, by the hash of their token).
struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CredentialModel.schema)
            .field("user_id", .uuid, .identifier(auto: false), .references(UserModel.schema, "id", onDelete: .cascade))
            .field("password_hash", .string, .required)
            .create()
        try await database.schema(WebSessionModel.schema)
            .field("token_hash", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
        try await database.index("web_sessions_user", on: WebSessionModel.schema, "user_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WebSessionModel.schema).delete()
        try await database.schema(CredentialModel.schema).delete()
    }
}
