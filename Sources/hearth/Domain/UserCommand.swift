import ArgumentParser
import HearthCore

/// `hearth user`: the people who use this installation.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, list and delete users. Alone on a laptop you need none of this: 'me' is created on first use.",
        subcommands: [Create.self, List.self, Delete.self],
        defaultSubcommand: List.self
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "A short name: lowercase letters, digits, '.', '-' or '_'.") var handle: String
        @Option(name: .customLong("display-name"), help: "The name shown to you and your partner.") var displayName: String?

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await AccountService(store: workspace.store).create(handle: handle, displayName: displayName)
                print("Created \(user.handle). Use it with --user \(user.handle) (or HEARTH_USER=\(user.handle)).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users.")
        @OptionGroup var storage: StoreOptions

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let users = try await AccountService(store: workspace.store).all()
                if users.isEmpty { print("No users yet.") }
                for user in users {
                    print(user.handle + (user.displayName == user.handle ? "" : "  (\(user.displayName))"))
                }
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a user and everything of theirs. Export first if you may want it back.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The user's name.") var handle: String
        @Flag(help: "Confirm: this cannot be undone.") var yes = false

        func run() async throws {
            guard yes else {
                throw ValidationError("Deleting \(handle) removes all their parts, pauses, check-ins and practices. "
                                      + "Add --yes to confirm (and 'hearth export' first to keep a copy).")
            }
            try await storage.withWorkspace { workspace in
                try await AccountService(store: workspace.store).delete(handle: handle)
                print("Deleted \(handle) and all their data.")
            }
        }
    }
}
