import FluentKit
import Foundation
import HearthCore

/// Sessions in `web_sessions`, tokens in `api_tokens`, password hashes in `credentials`.
struct FluentAccountRepository: AccountRepository {
    let database: any Database

    func insert(_ session: WebSession) async throws {
        try await WebSessionModel(session).create(on: database)
    }

    func session(tokenHash: String) async throws -> WebSession? {
        try await WebSessionModel.find(tokenHash, on: database)?.value
    }

    func deleteSession(tokenHash: String) async throws {
        try await WebSessionModel.query(on: database).filter(\.$id == tokenHash).delete()
    }

    func deleteSessions(of user: UUID) async throws {
        try await WebSessionModel.query(on: database).filter(\.$userID == user).delete()
    }

    func insert(_ token: AccessToken) async throws {
        try await AccessTokenModel(token).create(on: database)
    }

    func accessToken(tokenHash: String) async throws -> AccessToken? {
        try await AccessTokenModel.find(tokenHash, on: database)?.value
    }

    func accessTokens(of user: UUID) async throws -> [AccessToken] {
        try await AccessTokenModel.query(on: database).filter(\.$userID == user).all().map(\.value)
    }

    func deleteAccessToken(tokenHash: String, of user: UUID) async throws {
        try await AccessTokenModel.query(on: database).filter(\.$id == tokenHash).filter(\.$userID == user).delete()
    }

    func couplesExercisesPaused(for user: UUID) async throws -> Bool {
        try await SafetySettingModel.find(user, on: database)?.couplesPaused ?? false
    }

    func setCouplesExercisesPaused(_ paused: Bool, for user: UUID) async throws {
        if let model = try await SafetySettingModel.find(user, on: database) {
            model.couplesPaused = paused
            try await model.update(on: database)
        } else {
            try await SafetySettingModel(userID: user, couplesPaused: paused).create(on: database)
        }
    }

    func passwordHash(of user: UUID) async throws -> String? {
        try await CredentialModel.find(user, on: database)?.passwordHash
    }

    func setPasswordHash(_ hash: String, of user: UUID) async throws {
        if let model = try await CredentialModel.find(user, on: database) {
            model.passwordHash = hash
            try await model.update(on: database)
        } else {
            try await CredentialModel(userID: user, passwordHash: hash).create(on: database)
        }
    }
}
