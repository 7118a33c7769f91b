import Foundation

/// A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy
/// of the database cannot be used to sign in. A new session (a new token) is made at every
/// sign-in, and signing out deletes it.
public struct WebSession: Sendable, Equatable {
    /// The SHA-256 of the cookie's token, in hex.
    public var tokenHash: String
    public var userID: UUID
    public var createdAt: Date
    public var expiresAt: Date

    /// How long a session lasts without signing in again.
    public static let lifetime: TimeInterval = 30 * 86_400

    public init(tokenHash: String, userID: UUID, createdAt: Date = .hearthNow, expiresAt: Date? = nil) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt ?? createdAt.addingTimeInterval(WebSession.lifetime)
    }

    public func isExpired(at now: Date = Date()) -> Bool { now >= expiresAt }
}

/// Where signed-in sessions, access tokens and password hashes are kept (in the database, so several server
/// instances share them).
public protocol AccountRepository: Sendable {
    func insert(_ session: WebSession) async throws
    func session(tokenHash: String) async throws -> WebSession?
    func deleteSession(tokenHash: String) async throws
    /// Signs a person out everywhere (after a password change, for example).
    func deleteSessions(of user: UUID) async throws
    func passwordHash(of user: UUID) async throws -> String?
    func setPasswordHash(_ hash: String, of user: UUID) async throws
    func insert(_ token: AccessToken) async throws
    func accessToken(tokenHash: String) async throws -> AccessToken?
    func accessTokens(of user: UUID) async throws -> [AccessToken]
    func deleteAccessToken(tokenHash: String, of user: UUID) async throws
    /// The private "pause couples exercises" switch, for anyone who feels unsafe.
    func couplesExercisesPaused(for user: UUID) async throws -> Bool
    func setCouplesExercisesPaused(_ paused: Bool, for user: UUID) async throws
}

/// A personal access token, for scripts and apps that are not browsers. Like a session, only
/// the SHA-256 of the token is stored; the token itself is shown once, when it is made.
public struct AccessToken: Sendable, Equatable {
    public var tokenHash: String
    public var userID: UUID
    /// What the person called it ("my phone").
    public var name: String
    public var createdAt: Date

    public init(tokenHash: String, userID: UUID, name: String, createdAt: Date = .hearthNow) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
    }
}
