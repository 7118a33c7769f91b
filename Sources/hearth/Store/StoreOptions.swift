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
            help: "Whose data to use: an existing user (default: $HEARTH_USER, else 'me'; created on first use).")
    var user: String?

    /// The person the command acts for: a user named with `--user` must exist (so a typo is
    /// an error, not a new empty user); the default one is created on first use.
    var person: Workspace.Person {
        if let user { return .existing(user) }
        return .defaultUser(Environment.value("HEARTH_USER") ?? Workspace.defaultUserHandle)
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
            throw CommandFailure("Could not open the database at \(configuration.location): \(error)")
        }
        let workspace = Workspace(database: database, person: person)
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

    /// Who the command acts for.
    enum Person {
        /// Named on the command line: must exist.
        case existing(String)
        /// The default local user ($HEARTH_USER or `me`): created on first use.
        case defaultUser(String)
    }

    let database: HearthDatabase
    let person: Person

    var store: any HearthRepositories { database.repositories }

    /// The acting person.
    func currentUser() async throws -> User {
        switch person {
        case .existing(let handle):
            do {
                return try await AccountService(store: store).user(handle: handle)
            } catch HearthError.notFound {
                throw CommandFailure("There is no user '\(handle)'. See 'hearth user list', or create it with 'hearth user create \(handle)'.")
            }
        case .defaultUser(let handle):
            return try await AccountService(store: store).localUser(handle: handle)
        }
    }

    /// The person `user` is paired with, or an error saying they are not paired.
    func partner(of user: User) async throws -> User {
        guard let partner = try await PairingService(store: store).partner(of: user.id) else {
            throw CommandFailure("You are not paired. See 'hearth partner --help'.")
        }
        return partner
    }
}
