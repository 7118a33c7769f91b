import FluentKit
import Foundation
import HearthCore

/// Users in the `users` table. Deleting one cascades to every row of theirs.
struct FluentUserRepository: UserRepository {
    let database: any Database

    func insert(_ user: User) async throws {
        try await UserModel(user).create(on: database)
    }

    func update(_ user: User) async throws {
        guard let model = try await UserModel.find(user.id, on: database) else { throw HearthError.notFound("User") }
        model.update(from: user)
        try await model.update(on: database)
    }

    func user(id: UUID) async throws -> User? {
        try await UserModel.find(id, on: database)?.value
    }

    func user(handle: String) async throws -> User? {
        try await UserModel.query(on: database).filter(\.$handle == handle).first()?.value
    }

    func all() async throws -> [User] {
        try await UserModel.query(on: database).all().map(\.value)
    }

    func delete(id: UUID) async throws {
        try await UserModel.query(on: database).filter(\.$id == id).delete()
    }
}
