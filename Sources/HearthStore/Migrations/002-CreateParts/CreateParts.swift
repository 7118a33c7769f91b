import FluentKit

/// Migration 2: the `parts` and `part_relations` tables. A user's deletion removes their parts,
/// and a part's deletion its relations.
struct CreateParts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartModel.schema)
            .id()
            .field("owner_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("strategies", .array(of: .string), .required)
            .field("feelings", .array(of: .string), .required)
            .field("burdens", .array(of: .string), .required)
            .field("fears", .array(of: .string), .required)
            .field("needs", .array(of: .string), .required)
            .field("triggers", .array(of: .string), .required)
            .field("felt_age", .string, .required)
            .field("body_location", .string, .required)
            .field("origin", .string, .required)
            .field("notes", .string, .required)
            .field("is_shared", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(PartRelationModel.schema)
            .id()
            .field("owner_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("from_part_id", .uuid, .required, .references(PartModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("to_part_id", .uuid, .required, .references(PartModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .create()
        try await database.index("parts_owner", on: PartModel.schema, "owner_id")
        try await database.index("part_relations_owner", on: PartRelationModel.schema, "owner_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartRelationModel.schema).delete()
        try await database.schema(PartModel.schema).delete()
    }
}
