import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import HearthCore
import Logging
import NIOCore
import NIOPosix

/// An open connection to Hearth's database, migrated to the current schema, with the stores
/// over it. Open one per process; close it before exiting.
public final class HearthDatabase: Sendable {
    public let configuration: StorageConfiguration
    /// Hearth's stores over this database.
    public let repositories: any HearthRepositories
    let databases: Databases
    let eventLoopGroup: MultiThreadedEventLoopGroup

    private init(configuration: StorageConfiguration, databases: Databases, eventLoopGroup: MultiThreadedEventLoopGroup,
                 logger: Logger) {
        self.configuration = configuration
        self.databases = databases
        self.eventLoopGroup = eventLoopGroup
        repositories = FluentRepositories(database: databases.database(logger: logger, on: eventLoopGroup.any())!)
    }

    /// Opens (creating when needed) and migrates the database the configuration names.
    /// SQLite runs in WAL mode with `synchronous=FULL`, so a committed write survives a crash.
    public static func open(_ configuration: StorageConfiguration,
                            logger: Logger = Logger(label: "hearth.store")) async throws -> HearthDatabase {
        // One event loop: SQLite then has exactly one connection, whose pragmas are set below.
        let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: eventLoopGroup)
        switch configuration.backend {
        case .sqlite(let path):
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            do {
                databases.use(try .postgres(url: url, sqlLogLevel: .trace), as: .psql)
            } catch {
                throw StoreError.badDatabaseURL
            }
        }
        let database = HearthDatabase(configuration: configuration, databases: databases,
                                      eventLoopGroup: eventLoopGroup, logger: logger)
        do {
            try await database.prepare(logger: logger)
        } catch {
            await database.close()
            throw error
        }
        return database
    }

    private func prepare(logger: Logger) async throws {
        let loop = eventLoopGroup.any()
        let database = databases.database(logger: logger, on: loop)!
        if case .sqlite = configuration.backend, let sql = database as? any SQLDatabase {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=FULL").run()
            try await sql.raw("PRAGMA busy_timeout=5000").run()
        }
        let migrations = Migrations()
        migrations.add(HearthMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: loop,
                                migrationLogLevel: .debug)
        // Several processes may start at once on one PostgreSQL database: one migrates at a time.
        // (One event loop with one connection, so the lock and the migration share a session.)
        let lock = HearthDatabase.migrationLockKey
        if case .postgres = configuration.backend, let sql = database as? any SQLDatabase {
            try await sql.raw("SELECT pg_advisory_lock(\(unsafeRaw: String(lock)))").run()
        }
        do {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        } catch {
            try? await unlockMigrations(database)
            throw error
        }
        try await unlockMigrations(database)
    }

    /// An arbitrary number that names Hearth's migration lock in PostgreSQL.
    static let migrationLockKey: Int64 = 0x4845_4152_5448

    private func unlockMigrations(_ database: any Database) async throws {
        if case .postgres = configuration.backend, let sql = database as? any SQLDatabase {
            try await sql.raw("SELECT pg_advisory_unlock(\(unsafeRaw: String(HearthDatabase.migrationLockKey)))").run()
        }
    }

    /// Reads a PRAGMA's value (SQLite only), for the tests of the durability settings.
    func pragma(_ name: String) async throws -> String? {
        guard case .sqlite = configuration.backend,
              let sql = databases.database(logger: Logger(label: "hearth.store"), on: eventLoopGroup.any())
                as? any SQLDatabase else { return nil }
        let row = try await sql.raw("PRAGMA \(unsafeRaw: name)").first()
        guard let row, let column = row.allColumns.first else { return nil }
        if let number = try? row.decode(column: column, as: Int.self) { return String(number) }
        return try? row.decode(column: column, as: String.self)
    }

    /// Closes every connection.
    public func close() async {
        await databases.shutdownAsync()
        try? await eventLoopGroup.shutdownGracefully()
    }
}

/// What can go wrong opening the database, in words a person can act on.
public enum StoreError: Error, CustomStringConvertible {
    case badDatabaseURL

    public var description: String {
        switch self {
        case .badDatabaseURL:
            "DATABASE_URL is not a PostgreSQL URL; write it as postgres://user:password@host:5432/database"
        }
    }
}
