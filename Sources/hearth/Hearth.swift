import ArgumentParser

/// The `hearth` command: Hearth's practice tools from the terminal.
@main
struct Hearth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "A practice space for closer, calmer relationships.",
        discussion: """
            Hearth reads what you are about to say to your partner and shows, kindly, whether it \
            speaks from a reactive part or for it, and how to say it for the part.
            """,
        version: "0.1.0",
        subcommands: [CoachCommand.self, AnalyzeCommand.self, TrainCommand.self]
    )
}
