import ArgumentParser
import Foundation
import HearthCore

/// `hearth pause`: the guided pause when a conflict flares, and the journal of past pauses.
struct PauseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Pause when a conflict flares: find the part that was touched and speak for it.",
        subcommands: [Record.self, List.self, Show.self, Share.self, Unshare.self, Delete.self],
        defaultSubcommand: Record.self
    )

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Take a guided pause (step by step in a terminal, or all at once with options).",
            discussion: """
                In a terminal with no options, Hearth walks you through the pause; Ctrl-C keeps a draft.
                For scripts:
                  hearth pause --happened "You looked at your phone while I talked." \\
                    --part "Little one" --protector "Wanted to walk out." --exile "Fears it does not matter." \\
                    --self calm=3,curiosity=5,compassion=4 --say "A part of me felt alone just now."
                """)
        @OptionGroup var storage: StoreOptions
        @Option(help: "What happened, as a camera would see it.") var happened: String?
        @Option(help: "What your body felt.") var body: String?
        @Option(name: .customLong("part"), help: "A part that was activated (repeatable; a new name adds a part).")
        var parts: [String] = []
        @Option(help: "What the protector did or wanted to do.") var protector: String?
        @Option(help: "What the exile fears or needs.") var exile: String?
        @Option(name: .customLong("self"), help: "Self-energy, e.g. calm=3,curiosity=5,compassion=4.") var selfEnergy: String?
        @Option(help: "What you would say for the part (the coach reads it).") var say: String?
        @Flag(help: "Share the pause with your partner.") var share = false

        var scriptedValues: [String: String] {
            var values: [String: String] = [:]
            values["happened"] = happened
            values["body"] = body
            if !parts.isEmpty { values["parts"] = parts.joined(separator: ",") }
            values["protector"] = protector
            values["exile"] = exile
            values["self"] = selfEnergy
            values["say"] = say
            return values
        }

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let practice = try PracticeLibrary.bundled.practice(PracticeLibrary.pauseID)
                let runner = PracticeRunner(practice: practice, user: user, workspace: workspace)
                let finished: PracticeService.Finished?
                if scriptedValues.isEmpty && Console.isInteractive {
                    finished = try await runner.runInteractively(console: Console(), resumeCommand: "hearth pause")
                } else {
                    guard happened != nil else {
                        throw CommandFailure("Give at least --happened (or run 'hearth pause' in a terminal to be guided).")
                    }
                    finished = try await runner.runScripted(scriptedValues, required: ["happened"])
                }
                guard case .pause(var pause) = finished else { return }
                if share && !pause.disclosesDanger {
                    pause = try await PauseService(store: workspace.store).setShared(pause.id, of: user.id, true)
                }
                print("Pause saved (\(PartsText.shortID(pause.id)))\(pause.isShared ? ", shared with your partner" : "").")
                if pause.disclosesDanger {
                    print("It stays private to you. If you are not safe, please reach out now: findahelpline.com "
                          + "(in the US call or text 988; UK and Ireland: Samaritans, 116 123).")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your pauses, newest first.")
        @OptionGroup var storage: StoreOptions
        @Flag(help: "Show the pauses your partner shares with you instead.") var partner = false

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let owner = partner ? try await workspace.partner(of: user) : user
                let pauses = try await PauseService(store: workspace.store).pauses(of: owner.id, seenBy: user.id)
                guard !pauses.isEmpty else {
                    print(partner ? "\(owner.displayName) has not shared a pause with you." : "No pauses yet. Take one with: hearth pause")
                    return
                }
                for pause in pauses { print(PauseText.line(pause)) }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one pause in full.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The pause's id (its first characters are enough).") var id: String

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let pause = try await PauseService(store: workspace.store).pause(id, of: user.id)
                let parts = try await workspace.store.parts.parts(ownedBy: user.id)
                print(PauseText.detail(pause, parts: parts))
            }
        }
    }

    struct Share: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let your partner see a pause.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The pause's id.") var id: String

        func run() async throws { try await PauseCommand.setSharing(storage, id, true) }
    }

    struct Unshare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a pause private again (at once).")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The pause's id.") var id: String

        func run() async throws { try await PauseCommand.setSharing(storage, id, false) }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a pause.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The pause's id.") var id: String

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let service = PauseService(store: workspace.store)
                let pause = try await service.pause(id, of: user.id)
                try await service.delete(pause.id, of: user.id)
                print("Deleted pause \(PartsText.shortID(pause.id)).")
            }
        }
    }

    static func setSharing(_ storage: StoreOptions, _ id: String, _ shared: Bool) async throws {
        try await storage.withWorkspace { workspace in
            let user = try await workspace.currentUser()
            let service = PauseService(store: workspace.store)
            let pause = try await service.pause(id, of: user.id)
            try await service.setShared(pause.id, of: user.id, shared)
            print(shared ? "Pause \(PartsText.shortID(pause.id)) is shared with your partner."
                         : "Pause \(PartsText.shortID(pause.id)) is private again.")
        }
    }
}

/// Pauses as plain text for the terminal.
enum PauseText {
    static func line(_ pause: Pause) -> String {
        let stance = pause.analysis.map { $0.stance == .forPart ? "spoke for the part" : $0.stance == .fromPart ? "spoke from the part" : "" } ?? ""
        let happened = pause.happened.count > 60 ? String(pause.happened.prefix(57)) + "..." : pause.happened
        return "\(PartsText.shortID(pause.id))  \(pause.createdAt.formatted(date: .abbreviated, time: .shortened))  "
            + "\(happened)\(stance.isEmpty ? "" : "  · \(stance)")\(pause.isShared ? "  · shared" : "")"
    }

    static func detail(_ pause: Pause, parts: [Part]) -> String {
        var lines = ["Pause \(PartsText.shortID(pause.id)), \(pause.createdAt.formatted(date: .long, time: .shortened))"
                     + (pause.isShared ? " (shared)" : " (private)")]
        func add(_ label: String, _ value: String) { if !value.isEmpty { lines.append("  \(label): \(value)") } }
        add("what happened", pause.happened)
        add("in the body", pause.bodySensations)
        add("parts", pause.activatedPartIDs.compactMap { id in parts.first { $0.id == id }?.name }.joined(separator: ", "))
        add("the protector", pause.protectorAction)
        add("the exile", pause.exileNeeds)
        add("Self-energy", pause.selfEnergy.values.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", "))
        add("said for the part", pause.forPart)
        if let analysis = pause.analysis {
            add("the coach read", analysis.stance.rawValue.replacingOccurrences(of: "_", with: " ")
                + ", \(analysis.depth.rawValue)")
            if let reframe = analysis.reframe { add("suggested", reframe) }
        }
        return lines.joined(separator: "\n")
    }
}
