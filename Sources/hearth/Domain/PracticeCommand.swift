import ArgumentParser
import Foundation
import HearthCore

/// `hearth practice`: the library of guided practices, and running one.
struct PracticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Guided practices: list them, or run one.",
        subcommands: [List.self, Run.self, History.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the practices.")

        func run() {
            for practice in PracticeLibrary.bundled.practices {
                print("\(practice.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(practice.title) (about \(practice.minutes) min)")
                print("\(String(repeating: " ", count: 23))\(practice.summary)")
            }
            print("\nRun one with: hearth practice run NAME")
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a practice (step by step in a terminal, or with --answer for each step).",
            discussion: """
                Example for scripts: hearth practice run presence --answer tension="my shoulders" \\
                  --answer after="6 5 7"
                Timers are not waited out when answers are given as options.
                """)
        @OptionGroup var storage: StoreOptions
        @Argument(help: "The practice's name (see 'hearth practice list').") var name: String
        @Option(name: .customLong("answer"), help: "STEP=VALUE for one step (repeatable).") var answers: [String] = []

        func run() async throws {
            let practice = try PracticeLibrary.bundled.practice(name)
            var values: [String: String] = [:]
            for answer in answers {
                guard let separator = answer.firstIndex(of: "=") else {
                    throw ValidationError("Write each --answer as STEP=VALUE, e.g. --answer tension=\"my jaw\".")
                }
                values[String(answer[..<separator])] = String(answer[answer.index(after: separator)...])
            }
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let runner = PracticeRunner(practice: practice, user: user, workspace: workspace)
                let finished: PracticeService.Finished?
                if values.isEmpty && Console.isInteractive {
                    finished = try await runner.runInteractively(console: Console(),
                                                                 resumeCommand: "hearth practice run \(practice.id)")
                } else {
                    finished = try await runner.runScripted(values)
                }
                switch finished {
                case .pause(let pause): print("Pause saved (\(PartsText.shortID(pause.id))).")
                case .checkIn: print("Check-in saved. See how things move with: hearth insights")
                case .session: print("Practice saved: \(practice.title).")
                case nil: break
                }
            }
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the practices you finished.")
        @OptionGroup var storage: StoreOptions

        func run() async throws {
            try await storage.withWorkspace { workspace in
                let user = try await workspace.currentUser()
                let sessions = try await PracticeService(store: workspace.store).history(of: user.id)
                if sessions.isEmpty { print("No practices finished yet. See: hearth practice list") }
                for session in sessions {
                    let title = (try? PracticeLibrary.bundled.practice(session.practiceID).title) ?? session.practiceID
                    print("\((session.completedAt ?? session.startedAt).formatted(date: .abbreviated, time: .shortened))  \(title)")
                }
            }
        }
    }
}
