import FluentKit
import Foundation
import HearthCore

/// The `credentials` table: one password hash per user who signs in on the web.
final class CredentialModel: Model, @unchecked Sendable {
    static let schema = "credentials"

    @ID(custom: "user_id", generatedBy: .user) var id: UUID?
    @Field(key: "password_hash") var passwordHash: String

    init() {}

    init(userID: UUID, passwordHash: String) {
        id = userID
        self.passwordHash = passwordHash
    }
}

/// The `api_tokens` table, keyed by the SHA-256 of the token.
final class AccessTokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(custom: "token_hash", generatedBy: .user) var id: String?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "name") var name: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ token: AccessToken) {
        id = token.tokenHash
        userID = token.userID
        name = token.name
        createdAt = token.createdAt
    }

    var value: AccessToken {
        AccessToken(tokenHash: id!, userID: userID, name: name, createdAt: createdAt.wholeMilliseconds)
    }
}

/// The `safety_settings` table: one row per person who turned the couples-exercises pause on.
final class SafetySettingModel: Model, @unchecked Sendable {
    static let schema = "safety_settings"

    @ID(custom: "user_id", generatedBy: .user) var id: UUID?
    @Field(key: "couples_paused") var couplesPaused: Bool

    init() {}

    init(userID: UUID, couplesPaused: Bool) {
        id = userID
        self.couplesPaused = couplesPaused
    }
}

/// The `web_sessions` table, keyed by the SHA-256 of the session token.
final class WebSessionModel: Model, @unchecked Sendable {
    static let schema = "web_sessions"

    @ID(custom: "token_hash", generatedBy: .user) var id: String?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(_ session: WebSession) {
        id = session.tokenHash
        userID = session.userID
        createdAt = session.createdAt
        expiresAt = session.expiresAt
    }

    var value: WebSession {
        WebSession(tokenHash: id!, userID: userID, createdAt: createdAt.wholeMilliseconds,
                   expiresAt: expiresAt.wholeMilliseconds)
    }
}
