import FluentKit
import Foundation
import HearthCore

/// The `users` table.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "handle") var handle: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ user: User) {
        id = user.id
        update(from: user)
    }

    func update(from user: User) {
        handle = user.handle
        displayName = user.displayName
        createdAt = user.createdAt
    }

    var value: User {
        User(id: id!, handle: handle, displayName: displayName, createdAt: createdAt.wholeMilliseconds)
    }
}
