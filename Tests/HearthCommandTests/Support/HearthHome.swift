import Foundation
import Testing

/// Where a command test's data lives: a fresh SQLite data directory, or the PostgreSQL server
/// named by `HEARTH_TEST_POSTGRES_URL` with user names no other test uses.
struct HearthHome: CustomTestStringConvertible {
    enum Backend: String, CaseIterable, Sendable {
        case sqlite, postgres
    }

    /// `HEARTH_TEST_POSTGRES_URL` with `_cli` added to the database's name: the executable's
    /// tests use their own database (see scripts/start-postgres.sh), because a test waiting for a
    /// child process must not share a migration lock with tests running inside this process.
    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        let base = url.split(separator: "?", maxSplits: 1)
        return base[0] + "_cli" + (base.count > 1 ? "?" + base[1] : "")
    }

    /// The backends this run can reach.
    static var backends: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    let backend: Backend
    let directory: URL
    /// Added to user names on PostgreSQL, whose database the tests share.
    let suffix: String

    init(_ backend: Backend) throws {
        self.backend = backend
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        suffix = backend == .postgres ? "-" + UUID().uuidString.prefix(8).lowercased() : ""
    }

    var testDescription: String { backend.rawValue }

    /// The name a test's person goes by here ("me" on SQLite, "me-1a2b3c4d" on PostgreSQL).
    func handle(_ name: String = "me") -> String { name + suffix }

    /// Runs `hearth` as `user` (default: the default local user), in this home.
    func hearth(_ arguments: [String], as user: String? = nil, input: Data = Data()) throws -> HearthProcess.Run {
        var environment: [String: String] = [:]
        switch backend {
        case .sqlite: environment["HEARTH_DATA_DIR"] = directory.appendingPathComponent("data").path
        case .postgres: environment["DATABASE_URL"] = HearthHome.postgresURL
        }
        if let user { environment["HEARTH_USER"] = handle(user) } else if backend == .postgres {
            environment["HEARTH_USER"] = handle()
        }
        return try HearthProcess.run(arguments, input: input, environment: environment, directory: directory)
    }

    /// Runs `hearth` and requires it to succeed, returning its output.
    @discardableResult
    func succeed(_ arguments: [String], as user: String? = nil, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> String {
        let run = try hearth(arguments, as: user)
        #expect(run.status == 0, "hearth \(arguments.joined(separator: " ")) failed: \(run.errors)",
                sourceLocation: sourceLocation)
        return run.output
    }

    /// Runs `hearth`, requires it to fail, and returns what it said on standard error.
    func fail(_ arguments: [String], as user: String? = nil, input: Data = Data(),
              sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let run = try hearth(arguments, as: user, input: input)
        #expect(run.status != 0, "hearth \(arguments.joined(separator: " ")) should have failed",
                sourceLocation: sourceLocation)
        return run.errors
    }
}
