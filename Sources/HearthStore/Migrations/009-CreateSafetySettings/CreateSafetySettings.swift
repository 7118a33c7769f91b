import FluentKit

/// Migration 9: `safety_settings`, the private "pause couples exercises" switch.
struct CreateSafetySettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SafetySettingModel.schema)
            .field("user_id", .uuid, .identifier(auto: false), .references(UserModel.schema, "id", onDelete: .cascade))
            .field("couples_paused", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SafetySettingModel.schema).delete()
    }
}
