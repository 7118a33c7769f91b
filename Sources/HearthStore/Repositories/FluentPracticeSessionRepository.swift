import FluentKit
import Foundation
import HearthCore

/// Practice sessions in `practice_sessions`.
struct FluentPracticeSessionRepository: PracticeSessionRepository {
    let database: any Database

    func sessions(ownedBy owner: UUID) async throws -> [PracticeSession] {
        try await PracticeSessionModel.query(on: database).filter(\.$ownerID == owner).all().map { try $0.value() }
    }

    func session(id: UUID) async throws -> PracticeSession? {
        try await PracticeSessionModel.find(id, on: database)?.value()
    }

    func save(_ session: PracticeSession) async throws {
        if let model = try await PracticeSessionModel.find(session.id, on: database) {
            try model.update(from: session)
            try await model.update(on: database)
        } else {
            try await PracticeSessionModel(session).create(on: database)
        }
    }

    func delete(id: UUID) async throws {
        try await PracticeSessionModel.query(on: database).filter(\.$id == id).delete()
    }
}
