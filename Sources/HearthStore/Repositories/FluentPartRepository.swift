import FluentKit
import Foundation
import HearthCore

/// Parts in `parts`, relations in `part_relations`.
struct FluentPartRepository: PartRepository {
    let database: any Database

    func parts(ownedBy owner: UUID) async throws -> [Part] {
        try await PartModel.query(on: database).filter(\.$ownerID == owner).all().map(\.value)
    }

    func part(id: UUID) async throws -> Part? {
        try await PartModel.find(id, on: database)?.value
    }

    func insert(_ part: Part) async throws {
        try await PartModel(part).create(on: database)
    }

    func update(_ part: Part) async throws {
        guard let model = try await PartModel.find(part.id, on: database) else { throw HearthError.notFound("Part") }
        model.update(from: part)
        try await model.update(on: database)
    }

    func delete(id: UUID) async throws {
        try await PartModel.query(on: database).filter(\.$id == id).delete()
    }

    func relations(ownedBy owner: UUID) async throws -> [PartRelation] {
        try await PartRelationModel.query(on: database).filter(\.$ownerID == owner).all().compactMap(\.value)
    }

    func insert(_ relation: PartRelation) async throws {
        try await PartRelationModel(relation).create(on: database)
    }

    func deleteRelation(id: UUID) async throws {
        try await PartRelationModel.query(on: database).filter(\.$id == id).delete()
    }
}
