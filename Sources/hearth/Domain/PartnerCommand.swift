import ArgumentParser
import Foundation
import HearthCore

/// `hearth partner`: pairing with a partner by a one-time code, and unpairing.
struct PartnerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner",
        abstract: "Pair with your partner (a one-time code), see who you are paired with, or unpair.",
        subcommands: [Show.self, Invite.self, Accept.self, Unpair.self],
        defaultSubcommand: Show.self
    )

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show who you are paired with.")
        @OptionGroup var storage: StoreOptions

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                if let partner = try await PairingService(store: workspace.store).partner(of: user.id) {
                    print("You are paired with \(partner.displayName) (\(partner.handle)). They see only what you share.")
                } else {
                    print("You are not paired. Invite your partner with: hearth partner invite")
                }
            }
        }
    }

    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a one-time code for your partner (valid 72 hours).")
        @OptionGroup var storage: StoreOptions

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let invitation = try await PairingService(store: workspace.store).invite(from: user.id)
                print(invitation.code)
                FileHandle.standardError.write(Data("""
                    Give this code to your partner; they run: hearth partner accept \(invitation.code)
                    It works once, until \(invitation.expiresAt.formatted(date: .abbreviated, time: .shortened)).\n
                    """.utf8))
            }
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pair with the person who gave you a code.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The code.") var code: String

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let service = PairingService(store: workspace.store)
                try await service.accept(code: code, by: user.id)
                let partner = try await service.partner(of: user.id)
                print("You are paired with \(partner?.displayName ?? "your partner"). Everything stays private until you share it.")
            }
        }
    }

    struct Unpair: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End the pairing; nothing shared stays visible.")
        @OptionGroup var storage: StoreOptions

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                try await PairingService(store: workspace.store).unpair(user.id)
                print("Unpaired. Nothing of yours is visible to them any more.")
            }
        }
    }
}
