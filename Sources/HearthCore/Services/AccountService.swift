import Foundation

/// Creating, finding and deleting the people who use this installation.
public struct AccountService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    /// Creates a user; the handle must be free.
    @discardableResult
    public func create(handle: String, displayName: String? = nil) async throws -> User {
        let user = try User(handle: handle, displayName: displayName).validated()
        if try await store.users.user(handle: user.handle) != nil {
            throw HearthError.conflict("A user named '\(user.handle)' already exists.")
        }
        try await store.users.insert(user)
        return user
    }

    /// The user with a handle, created on first use: how a person using Hearth alone on a laptop
    /// gets started with no account ceremony.
    public func localUser(handle: String) async throws -> User {
        let normalised = handle.trimmingWhitespace().lowercased()
        if let user = try await store.users.user(handle: normalised) { return user }
        return try await create(handle: normalised)
    }

    /// The user with a handle, or a not-found error.
    public func user(handle: String) async throws -> User {
        guard let user = try await store.users.user(handle: handle.trimmingWhitespace().lowercased()) else {
            throw HearthError.notFound("User '\(handle)'")
        }
        return user
    }

    public func all() async throws -> [User] {
        try await store.users.all().sorted { $0.handle < $1.handle }
    }

    /// Deletes a user and everything of theirs, in one transaction. A pairing ends with it.
    public func delete(handle: String) async throws {
        let user = try await user(handle: handle)
        try await store.transaction { transaction in
            try await transaction.users.delete(id: user.id)
        }
    }
}
