import Foundation
import HearthCore
@testable import HearthStore
import FluentKit
import FluentSQL
import Testing

/// The databases the store tests run on: SQLite always (a fresh file per test), PostgreSQL when
/// `HEARTH_TEST_POSTGRES_URL` names a server (CI sets it).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The backends this run can reach.
    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// Opens a migrated database for one test; PostgreSQL's first migration runs once per process.
    func open() async throws -> HearthDatabase {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("hearth-store-tests-\(UUID().uuidString)")
            return try await HearthDatabase.open(.resolve(dataDirectory: directory.path, databaseURL: nil, environment: [:]))
        case .postgres:
            try await PostgresOnce.shared.migrate()
            return try await HearthDatabase.open(StorageConfiguration(backend: .postgres(url: Backend.postgresURL!)))
        }
    }
}

/// Runs the first PostgreSQL migration once, before tests open their own connections.
actor PostgresOnce {
    static let shared = PostgresOnce()
    private var done = false

    func migrate() async throws {
        guard !done, let url = Backend.postgresURL else { return }
        let database = try await HearthDatabase.open(StorageConfiguration(backend: .postgres(url: url)))
        await database.close()
        done = true
    }
}

/// Opens a database on `backend`, runs `body`, and closes it even when `body` throws.
func withDatabase(_ backend: Backend, _ body: (HearthDatabase) async throws -> Void) async throws {
    let database = try await backend.open()
    do {
        try await body(database)
    } catch {
        await database.close()
        throw error
    }
    await database.close()
}

extension HearthDatabase {
    /// A user with a handle no other test uses.
    func newUser(_ prefix: String = "user") async throws -> User {
        try await AccountService(store: repositories).create(handle: "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())")
    }

    /// How many rows of `table` match a raw SQL condition.
    func count(_ table: String, where condition: String) async throws -> Int {
        let sql = databases.database(logger: .init(label: "test"), on: eventLoopGroup.any()) as! any SQLDatabase
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: condition)").first()
        return try row!.decode(column: "n", as: Int.self)
    }
}

/// A quoted id for raw SQL conditions (both databases compare it as text or uuid).
func sqlID(_ id: UUID) -> String {
    "'\(id.uuidString)'"
}
