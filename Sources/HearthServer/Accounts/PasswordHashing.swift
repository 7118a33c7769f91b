import Vapor

/// Slow password hashing (bcrypt, cost 12) that takes a password exactly as typed, up to 128
/// characters: bcrypt reads only 72 bytes, so it is given the SHA-256 of the password
/// (base64, 44 bytes) rather than the password itself.
enum PasswordHashing {
    static let cost = 12

    static func hash(_ password: String, on request: Request) async throws -> String {
        let input = prehash(password)
        return try await request.application.threadPool.runIfActive {
            try Bcrypt.hash(input, cost: cost)
        }
    }

    static func verify(_ password: String, against hash: String, on request: Request) async throws -> Bool {
        let input = prehash(password)
        return try await request.application.threadPool.runIfActive {
            try Bcrypt.verify(input, created: hash)
        }
    }

    /// Whether `password` is the signed-in person's own (false when they have none set).
    static func matches(_ password: String, of user: UUID, on request: Request) async throws -> Bool {
        guard let hash = try await request.store.accounts.passwordHash(of: user) else { return false }
        return try await verify(password, against: hash, on: request)
    }

    /// Spends about as long as a real check, so a missing account takes the same time to refuse.
    static func waste(on request: Request) async throws {
        _ = try await verify("not a password", against: decoyHash, on: request)
    }

    static let decoyHash = try! Bcrypt.hash(prehash("decoy"), cost: cost)

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
