import FluentKit
import Foundation
import HearthCore

/// Check-ins in `check_ins`.
struct FluentCheckInRepository: CheckInRepository {
    let database: any Database

    func checkIns(ownedBy owner: UUID) async throws -> [CheckIn] {
        try await CheckInModel.query(on: database).filter(\.$ownerID == owner).all().map(\.value)
    }

    func checkIn(id: UUID) async throws -> CheckIn? {
        try await CheckInModel.find(id, on: database)?.value
    }

    func insert(_ checkIn: CheckIn) async throws {
        try await CheckInModel(checkIn).create(on: database)
    }

    func update(_ checkIn: CheckIn) async throws {
        guard let model = try await CheckInModel.find(checkIn.id, on: database) else {
            throw HearthError.notFound("Check-in")
        }
        model.update(from: checkIn)
        try await model.update(on: database)
    }

    func delete(id: UUID) async throws {
        try await CheckInModel.query(on: database).filter(\.$id == id).delete()
    }
}
