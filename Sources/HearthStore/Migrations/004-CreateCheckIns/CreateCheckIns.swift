import FluentKit

/// Migration 4: the `check_ins` table.
struct CreateCheckIns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CheckInModel.schema)
            .id()
            .field("owner_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("acceptance", .int, .required)
            .field("mutual_care", .int, .required)
            .field("mutual_respect", .int, .required)
            .field("differentiation", .int, .required)
            .field("sharing_days", .int, .required)
            .field("note", .string, .required)
            .field("is_note_shared", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.index("check_ins_owner", on: CheckInModel.schema, "owner_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CheckInModel.schema).delete()
    }
}
