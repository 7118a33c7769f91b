import ArgumentParser
import HearthCore
import HearthStore
import Logging

/// The options every command that reads or writes Hearth's data shares: where the database is,
/// and whose data it is.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"),
            help: "The folder holding hearth.sqlite (default: $HEARTH_DATA_DIR, else ./data).")
    var dataDirectory: String?

    @Option(name: .customLong("database-url"),
            help: "A PostgreSQL URL, used instead of SQLite (default: $DATABASE_URL).")
    var databaseURL: String?

    @Option(name: .customLong("user"),
            help: "Whose data to use (default: $HEARTH_USER, else 'me', created on first use).")
    var user: String?

    /// The handle of the person the command acts for.
    var userHandle: String {
        user ?? Environment.value("HEARTH_USER") ?? Workspace.defaultUserHandle
    }

    /// Opens the database, runs `body` with it, and closes it again, whatever happens.
    func withWorkspace<Result>(_ body: (Workspace) async throws -> Result) async throws -> Result {
        var logger = Logger(label: "hearth")
        logger.logLevel = .error
        let configuration = StorageConfiguration.resolve(dataDirectory: dataDirectory, databaseURL: databaseURL)
        let database: HearthDatabase
        do {
            database = try await HearthDatabase.open(configuration, logger: logger)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("Could not open the database at \(configuration.location): \(String(reflecting: error))")
        }
        let workspace = Workspace(database: database, userHandle: userHandle)
        do {
            let result = try await body(workspace)
            await database.close()
            return result
        } catch {
            await database.close()
            throw CommandFailure.from(error)
        }
    }
}

/// What a command works with: the open database, its stores, and the acting person.
struct Workspace {
    /// The person using Hearth alone on a laptop.
    static let defaultUserHandle = "me"

    let database: HearthDatabase
    let userHandle: String

    var store: any HearthRepositories { database.repositories }

    /// The acting person, created on first use.
    func currentUser() async throws -> User {
        try await AccountService(store: store).localUser(handle: userHandle)
    }
}
