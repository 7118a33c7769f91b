import FluentKit
import Foundation
import HearthCore

/// Pauses in `pauses`, their activated parts in `pause_parts`. Writes of both tables happen in
/// one transaction.
struct FluentPauseRepository: PauseRepository {
    let database: any Database

    func pauses(ownedBy owner: UUID) async throws -> [Pause] {
        let models = try await PauseModel.query(on: database).filter(\.$ownerID == owner).all()
        let ids = models.compactMap(\.id)
        let links = ids.isEmpty ? [] : try await PausePartModel.query(on: database).filter(\.$pauseID ~~ ids)
            .sort(\.$position).all()
        let partsByPause = Dictionary(grouping: links, by: \.pauseID)
        return try models.map { try $0.value(partIDs: partsByPause[$0.id!, default: []].map(\.partID)) }
    }

    func pause(id: UUID) async throws -> Pause? {
        guard let model = try await PauseModel.find(id, on: database) else { return nil }
        return try model.value(partIDs: try await partIDs(of: id))
    }

    func insert(_ pause: Pause) async throws {
        let model = try PauseModel(pause)
        try await database.transaction { database in
            try await model.create(on: database)
            try await link(pause, on: database)
        }
    }

    func update(_ pause: Pause) async throws {
        try await database.transaction { database in
            guard let model = try await PauseModel.find(pause.id, on: database) else {
                throw HearthError.notFound("Pause")
            }
            try model.update(from: pause)
            try await model.update(on: database)
            try await PausePartModel.query(on: database).filter(\.$pauseID == pause.id).delete()
            try await link(pause, on: database)
        }
    }

    func delete(id: UUID) async throws {
        try await PauseModel.query(on: database).filter(\.$id == id).delete()
    }

    private func partIDs(of pause: UUID) async throws -> [UUID] {
        try await PausePartModel.query(on: database).filter(\.$pauseID == pause).sort(\.$position).all().map(\.partID)
    }

    private func link(_ pause: Pause, on database: any Database) async throws {
        for (position, partID) in pause.activatedPartIDs.enumerated() {
            try await PausePartModel(pauseID: pause.id, partID: partID, position: position).create(on: database)
        }
    }
}
