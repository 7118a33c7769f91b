import FluentKit

/// Migration 5: the `practice_sessions` table (drafts and finished runs).
struct CreatePracticeSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PracticeSessionModel.schema)
            .id()
            .field("owner_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("practice_id", .string, .required)
            .field("practice_version", .int, .required)
            .field("answers", .string, .required)
            .field("started_at", .datetime, .required)
            .field("completed_at", .datetime)
            .create()
        try await database.index("practice_sessions_owner", on: PracticeSessionModel.schema, "owner_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PracticeSessionModel.schema).delete()
    }
}
