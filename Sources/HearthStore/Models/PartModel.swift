import FluentKit
import Foundation
import HearthCore
import HearthLanguage

/// The `parts` table.
final class PartModel: Model, @unchecked Sendable {
    static let schema = "parts"

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "name") var name: String
    @Field(key: "role") var role: String
    @Field(key: "strategies") var strategies: [String]
    @Field(key: "feelings") var feelings: [String]
    @Field(key: "burdens") var burdens: [String]
    @Field(key: "fears") var fears: [String]
    @Field(key: "needs") var needs: [String]
    @Field(key: "triggers") var triggers: [String]
    @Field(key: "felt_age") var feltAge: String
    @Field(key: "body_location") var bodyLocation: String
    @Field(key: "origin") var origin: String
    @Field(key: "notes") var notes: String
    @Field(key: "is_shared") var isShared: Bool
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(_ part: Part) {
        id = part.id
        update(from: part)
    }

    func update(from part: Part) {
        ownerID = part.ownerID
        name = part.name
        role = part.role.rawValue
        strategies = part.strategies.map(\.rawValue)
        feelings = part.feelings
        burdens = part.burdens
        fears = part.fears
        needs = part.needs
        triggers = part.triggers
        feltAge = part.feltAge
        bodyLocation = part.bodyLocation
        origin = part.origin
        notes = part.notes
        isShared = part.isShared
        createdAt = part.createdAt
        updatedAt = part.updatedAt
    }

    var value: Part {
        Part(id: id!, ownerID: ownerID, name: name, role: PartRole(rawValue: role) ?? .unknown,
             strategies: strategies.compactMap(Strategy.init(rawValue:)), feelings: feelings, burdens: burdens,
             fears: fears, needs: needs, triggers: triggers, feltAge: feltAge, bodyLocation: bodyLocation,
             origin: origin, notes: notes, isShared: isShared, createdAt: createdAt.wholeMilliseconds, updatedAt: updatedAt.wholeMilliseconds)
    }
}

/// The `part_relations` table.
final class PartRelationModel: Model, @unchecked Sendable {
    static let schema = "part_relations"

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "from_part_id") var fromPartID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "to_part_id") var toPartID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ relation: PartRelation) {
        id = relation.id
        ownerID = relation.ownerID
        fromPartID = relation.fromPartID
        kind = relation.kind.rawValue
        toPartID = relation.toPartID
        createdAt = relation.createdAt
    }

    var value: PartRelation? {
        guard let kind = PartRelationKind(rawValue: kind) else { return nil }
        return PartRelation(id: id!, ownerID: ownerID, fromPartID: fromPartID, kind: kind, toPartID: toPartID,
                            createdAt: createdAt.wholeMilliseconds)
    }
}
