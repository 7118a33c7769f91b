import FluentKit

/// Migration 8: `api_tokens`, personal access tokens for clients that are not browsers.
struct CreateAPITokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AccessTokenModel.schema)
            .field("token_hash", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.index("api_tokens_user", on: AccessTokenModel.schema, "user_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccessTokenModel.schema).delete()
    }
}
