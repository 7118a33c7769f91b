import ArgumentParser

/// The `hearth` command: Hearth's practice tools from the terminal.
@main
struct Hearth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "A practice space for closer, calmer relationships.",
        discussion: """
            Hearth reads what you are about to say to your partner and shows, kindly, whether it \
            speaks from a reactive part or for it, and how to say it for the part. It keeps a map of \
            your parts, a journal of pauses, guided practices and check-ins, in ./data/hearth.sqlite \
            (or PostgreSQL when DATABASE_URL is set).
            """,
        version: "0.2.0",
        subcommands: [
            ServeCommand.self, CoachCommand.self, PartsCommand.self, PauseCommand.self, PracticeCommand.self,
            CheckInCommand.self,
            InsightsCommand.self, PartnerCommand.self, ExportCommand.self, ImportCommand.self, UserCommand.self,
            AnalyzeCommand.self, TrainCommand.self,
        ]
    )
}
