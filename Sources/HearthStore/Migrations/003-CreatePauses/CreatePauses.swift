import FluentKit

/// Migration 3: the `pauses` table and `pause_parts`, the parts each pause found activated.
struct CreatePauses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PauseModel.schema)
            .id()
            .field("owner_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("happened", .string, .required)
            .field("body_sensations", .string, .required)
            .field("protector_action", .string, .required)
            .field("exile_needs", .string, .required)
            .field("self_energy", .string, .required)
            .field("for_part", .string, .required)
            .field("analysis", .string)
            .field("is_shared", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(PausePartModel.schema)
            .id()
            .field("pause_id", .uuid, .required, .references(PauseModel.schema, "id", onDelete: .cascade))
            .field("part_id", .uuid, .required, .references(PartModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .create()
        try await database.index("pauses_owner", on: PauseModel.schema, "owner_id")
        try await database.index("pause_parts_pause", on: PausePartModel.schema, "pause_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PausePartModel.schema).delete()
        try await database.schema(PauseModel.schema).delete()
    }
}
