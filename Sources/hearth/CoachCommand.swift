import ArgumentParser
import HearthLanguage

/// `hearth coach`: a readable report on one message, for a person.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Read a message before you send it, and see how to speak for your part.",
        discussion: """
            Examples:
              hearth coach "You never listen to me."
              hearth coach --listener --context "I had an awful day." "You should just quit."
            """
    )

    @Flag(help: "The message answers something the partner just shared.")
    var listener = false

    @Option(help: "What the partner said just before.")
    var context: String?

    @Flag(help: "Print the analysis as JSON instead of a report.")
    var json = false

    @Argument(help: "The message, in quotes.")
    var text: String

    func validate() throws {
        if text.utf8.count > AnalyzeCommand.maximumMessageBytes {
            throw ValidationError("The message is longer than 1 MB; please shorten it.")
        }
    }

    func run() throws {
        let analysis = Analyzer.shared.analyze(text, role: listener ? .listener : .speaker, context: context)
        if json {
            print(analysis.json())
        } else {
            let style = TerminalStyle(colours: Terminal.isInteractive(Terminal.standardOutput))
            print(CoachReport(analysis: analysis, style: style).render())
        }
    }
}
