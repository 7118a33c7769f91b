import ArgumentParser
import Foundation
import HearthCore

/// `hearth checkin`: the weekly check-in on the four foundations.
struct CheckInCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Check in on acceptance, mutual care, mutual respect and healthy differentiation.",
        subcommands: [Record.self, List.self, ShareNote.self, UnshareNote.self],
        defaultSubcommand: Record.self
    )

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Make a check-in (guided in a terminal, or with options).",
            discussion: """
                For scripts: hearth checkin --acceptance 7 --care 6 --respect 8 --differentiation 5 --sharing 3
                Each foundation is 0-10; --sharing is the number of days this week (0-7) with intimate sharing.
                """)
        @OptionGroup var storage: StoreOptions
        @Option(help: "Acceptance, 0-10.") var acceptance: String?
        @Option(help: "Mutual care, 0-10.") var care: String?
        @Option(help: "Mutual respect, 0-10.") var respect: String?
        @Option(help: "Healthy differentiation, 0-10.") var differentiation: String?
        @Option(help: "Days this week with intimate sharing, 0-7.") var sharing: String?
        @Option(help: "A note (private unless --share-note).") var note: String?
        @Flag(help: "Let your partner read the note.") var shareNote = false

        func run() async throws {
            var values: [String: String] = [:]
            values["acceptance"] = acceptance
            values["care"] = care
            values["respect"] = respect
            values["differentiation"] = differentiation
            values["sharing"] = sharing
            values["note"] = note
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let practice = try PracticeLibrary.bundled.practice(PracticeLibrary.checkInID)
                let runner = PracticeRunner(practice: practice, user: user, workspace: workspace)
                let finished = values.isEmpty && Console.isInteractive
                    ? try await runner.runInteractively(console: Console(), resumeCommand: "hearth checkin")
                    : try await runner.runScripted(values)
                guard case .checkIn(let checkIn) = finished else { return }
                if shareNote && !checkIn.noteDisclosesDanger {
                    try await CheckInService(store: workspace.store).setNoteShared(checkIn.id, of: user.id, true)
                }
                print("Check-in saved (\(PartsText.shortID(checkIn.id))). See how things move with: hearth insights")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List check-ins, newest first.")
        @OptionGroup var storage: StoreOptions
        @Flag(help: "Show your partner's check-ins instead (notes only when shared).") var partner = false

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let owner = partner ? try await workspace.partner(of: user) : user
                let checkIns = try await CheckInService(store: workspace.store).checkIns(of: owner.id, seenBy: user.id)
                if checkIns.isEmpty { print("No check-ins yet. Make one with: hearth checkin") }
                for checkIn in checkIns {
                    var line = "\(PartsText.shortID(checkIn.id))  \(checkIn.createdAt.formatted(date: .abbreviated, time: .omitted))  "
                    line += "acceptance \(checkIn.acceptance) · care \(checkIn.mutualCare) · respect \(checkIn.mutualRespect)"
                    line += " · differentiation \(checkIn.differentiation) · sharing \(checkIn.sharingDays)/7"
                    if !checkIn.note.isEmpty { line += "\n          \(checkIn.note)" }
                    print(line)
                }
            }
        }
    }

    struct ShareNote: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "share-note", abstract: "Let your partner read a check-in's note.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The check-in's id.") var id: String
        func run() async throws { try await CheckInCommand.setNoteSharing(storage, id, true) }
    }

    struct UnshareNote: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unshare-note", abstract: "Make a check-in's note private again.")
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The check-in's id.") var id: String
        func run() async throws { try await CheckInCommand.setNoteSharing(storage, id, false) }
    }

    static func setNoteSharing(_ storage: StoreOptions, _ id: String, _ shared: Bool) async throws {
        try await storage.withWorkspace { workspace in
            let user = try await workspace.currentUser()
            let service = CheckInService(store: workspace.store)
            let checkIn = try await service.checkIn(id, of: user.id)
            try await service.setNoteShared(checkIn.id, of: user.id, shared)
            print(shared ? "The note is shared with your partner." : "The note is private again.")
        }
    }
}
