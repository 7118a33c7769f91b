import ArgumentParser
import Foundation
import HearthCore
import HearthLanguage

/// `hearth parts`: the map of one's parts.
struct PartsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parts",
        abstract: "Map your parts: exiles, protectors, and how they relate.",
        subcommands: [List.self, Add.self, Show.self, Edit.self, Relate.self, Share.self, Unshare.self, Remove.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your parts and their relations.")
        @OptionGroup var storage: StoreOptions
        @Flag(help: "Show the parts your partner shares with you instead.") var partner = false

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let owner = partner ? try await workspace.partner(of: user) : user
                let map = try await PartsService(store: workspace.store).map(of: owner.id, seenBy: user.id)
                print(PartsText.list(map.parts, map.relations, heading: partner
                    ? "\(owner.displayName) shares \(map.parts.count.counted("part")) with you"
                    : "Your parts (\(map.parts.count))"))
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a part to your map.",
            discussion: "Example: hearth parts add \"Inner critic\" --role protector --strategy criticizing --fear \"being left\"")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The part's name, as you call it.") var name: String
        @OptionGroup var details: PartDetails

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                var part = Part(ownerID: user.id, name: name)
                try details.apply(to: &part)
                let added = try await PartsService(store: workspace.store).add(part)
                print("Added \(added.name) (\(added.role.rawValue)).")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show everything about one part.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The part's name (or the start of its id).") var part: String

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let service = PartsService(store: workspace.store)
                let found = try await service.part(part, of: user.id)
                let map = try await service.map(of: user.id)
                print(PartsText.detail(found, among: map.parts, relations: map.relations))
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a part. List options (--feeling, --need, ...) replace the whole list.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The part's name (or the start of its id).") var part: String
        @Option(help: "A new name.") var rename: String?
        @OptionGroup var details: PartDetails

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let service = PartsService(store: workspace.store)
                let found = try await service.part(part, of: user.id)
                let saved = try await service.edit(found.id, of: user.id) { part in
                    if let rename { part.name = rename }
                    try details.apply(to: &part)
                }
                print("Saved \(saved.name).")
            }
        }
    }

    struct Relate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Relate two parts: protects, polarised-with or allied-with.",
            discussion: "Example: hearth parts relate \"Inner critic\" protects \"Little one\"")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The first part.") var first: String
        @Argument(help: "protects, polarised-with or allied-with.") var kind: String
        @Argument(help: "The second part.") var second: String
        @Flag(help: "Remove the relation instead.") var remove = false

        func run() async throws {
            let normalised = kind.lowercased().replacingOccurrences(of: "-", with: "_")
                .replacingOccurrences(of: "polarized", with: "polarised")
            guard let relation = PartRelationKind(rawValue: normalised) else {
                throw ValidationError("'\(kind)' is not a relation; use protects, polarised-with or allied-with.")
            }
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let service = PartsService(store: workspace.store)
                let from = try await service.part(first, of: user.id)
                let to = try await service.part(second, of: user.id)
                if remove {
                    try await service.unrelate(from.id, relation, to.id, owner: user.id)
                    print("Removed: \(from.name) \(relation.phrase) \(to.name).")
                } else {
                    try await service.relate(from.id, relation, to.id, owner: user.id)
                    print("\(from.name) \(relation.phrase) \(to.name).")
                }
            }
        }
    }

    struct Share: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let your partner see a part.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The part's name (or the start of its id).") var part: String

        func run() async throws {
            try await setSharing(storage: storage, part: part, shared: true)
        }
    }

    struct Unshare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a part private again (at once).")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The part's name (or the start of its id).") var part: String

        func run() async throws {
            try await setSharing(storage: storage, part: part, shared: false)
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a part and its relations.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The part's name (or the start of its id).") var part: String

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let service = PartsService(store: workspace.store)
                let found = try await service.part(part, of: user.id)
                try await service.remove(found.id, of: user.id)
                print("Removed \(found.name).")
            }
        }
    }

    static func setSharing(storage: StoreOptions, part: String, shared: Bool) async throws {
        try await storage.withWorkspace { workspace in
            let user = try await workspace.currentUser()
            let service = PartsService(store: workspace.store)
            let found = try await service.part(part, of: user.id)
            try await service.setShared(found.id, of: user.id, shared)
            print(shared ? "\(found.name) is now shared with your partner." : "\(found.name) is private again.")
        }
    }
}

/// The descriptive options of `parts add` and `parts edit`.
struct PartDetails: ParsableArguments {
    @Option(help: "exile, protector or unknown.") var role: String?
    @Option(name: .customLong("strategy"),
            help: "A protector's strategy (repeatable): \(Strategy.ordered.map(\.rawValue).joined(separator: ", ")).")
    var strategies: [String] = []
    @Option(name: .customLong("feeling"), help: "What it feels (repeatable).") var feelings: [String] = []
    @Option(name: .customLong("burden"), help: "What it believes, its burden (repeatable).") var burdens: [String] = []
    @Option(name: .customLong("fear"), help: "What it fears (repeatable).") var fears: [String] = []
    @Option(name: .customLong("need"), help: "What it needs (repeatable).") var needs: [String] = []
    @Option(name: .customLong("trigger"), help: "What sets it off (repeatable).") var triggers: [String] = []
    @Option(help: "How old it feels.") var age: String?
    @Option(help: "Where it lives in the body.") var body: String?
    @Option(help: "Where it comes from.") var origin: String?
    @Option(help: "Anything else.") var notes: String?
    @Flag(inversion: .prefixedNo, help: "Whether your partner may see it (default: private).") var shared: Bool?

    func apply(to part: inout Part) throws {
        if let role {
            guard let value = PartRole(rawValue: role.lowercased()) else {
                throw ValidationError("'\(role)' is not a role; use exile, protector or unknown.")
            }
            part.role = value
        }
        if !strategies.isEmpty {
            part.strategies = try strategies.map { name in
                let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
                guard let strategy = Strategy(rawValue: key) else {
                    throw ValidationError("'\(name)' is not a strategy; use one of \(Strategy.ordered.map(\.rawValue).joined(separator: ", ")).")
                }
                return strategy
            }
            if role == nil && part.role == .unknown { part.role = .protector }
        }
        if !feelings.isEmpty { part.feelings = feelings }
        if !burdens.isEmpty { part.burdens = burdens }
        if !fears.isEmpty { part.fears = fears }
        if !needs.isEmpty { part.needs = needs }
        if !triggers.isEmpty { part.triggers = triggers }
        if let age { part.feltAge = age }
        if let body { part.bodyLocation = body }
        if let origin { part.origin = origin }
        if let notes { part.notes = notes }
        if let shared { part.isShared = shared }
    }
}
