import FluentKit
import HearthCore

/// Hearth's stores over one Fluent database (SQLite or PostgreSQL).
struct FluentRepositories: HearthRepositories {
    let database: any Database

    var users: any UserRepository { FluentUserRepository(database: database) }
    var parts: any PartRepository { FluentPartRepository(database: database) }
    var pauses: any PauseRepository { FluentPauseRepository(database: database) }
    var checkIns: any CheckInRepository { FluentCheckInRepository(database: database) }
    var practiceSessions: any PracticeSessionRepository { FluentPracticeSessionRepository(database: database) }
    var pairings: any PairingRepository { FluentPairingRepository(database: database) }
    var accounts: any AccountRepository { FluentAccountRepository(database: database) }

    func transaction<Result: Sendable>(
        _ work: @escaping @Sendable (any HearthRepositories) async throws -> Result
    ) async throws -> Result {
        try await database.transaction { transaction in
            try await work(FluentRepositories(database: transaction))
        }
    }
}
