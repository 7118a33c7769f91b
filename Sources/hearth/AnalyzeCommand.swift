import ArgumentParser
import HearthLanguage

/// `hearth analyze --jsonl`: many messages in, one analysis per line out, streaming.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze messages given as JSON Lines.",
        discussion: """
            Each input line is a JSON object: {"id": ..., "role": "speaker"|"listener", "text": ..., \
            "context": ...}. Each output line is the analysis, with the same id. A bad line is \
            reported on standard error with its line number and the run goes on (unless --strict); \
            the exit code is 1 when any line failed.
            """
    )

    /// The longest message accepted; longer ones are reported as errors, not analysed.
    static let maximumMessageBytes = 1 << 20

    @Flag(help: "Read and write JSON Lines (the only format so far).")
    var jsonl = false

    @Flag(help: "Stop at the first bad line instead of going on.")
    var strict = false

    @Flag(help: "Never draw a progress bar.")
    var quiet = false

    @Option(help: "A model file to use instead of the one Hearth ships (see 'hearth train').")
    var model: String?

    @Argument(help: "Files to read (default: standard input; '-' also means standard input).")
    var files: [String] = []

    static func loadAnalyzer(from path: String) throws -> Analyzer {
        let reader = try LineReader(path: path)
        defer { reader.close() }
        do {
            return Analyzer(model: try LinearModel(serialized: try reader.readAll()))
        } catch let error as ModelError {
            throw ValidationError("\(path) is not a usable Hearth model (\(error)).")
        }
    }

    func validate() throws {
        guard jsonl else { throw ValidationError("Say --jsonl: JSON Lines is the input and output format.") }
    }

    func run() throws {
        let readers = try (files.isEmpty ? ["-"] : files).map { try LineReader(path: $0) }
        defer { readers.forEach { $0.close() } }
        let total = readers.reduce(0) { $0 + ($1.size ?? 0) }
        var batch = BatchAnalyzer(analyzer: try model.map(Self.loadAnalyzer) ?? .shared, strict: strict)
        var progress = ProgressBar(totalBytes: total, enabled: !quiet && Terminal.isInteractive(Terminal.standardError)
                                   && readers.allSatisfy { $0.size != nil } && total > 0)
        var finishedBytes = 0
        for reader in readers {
            try reader.forEachLine { line, readBytes in
                let keepGoing = try batch.process(line)
                progress.update(bytes: finishedBytes + readBytes, lines: batch.lineNumber)
                return keepGoing
            }
            finishedBytes += reader.size ?? 0
            if batch.stopped { break }
        }
        try batch.flush()
        progress.finish()
        if batch.failures > 0 {
            Terminal.printError("hearth: \(batch.failures) of \(batch.lineNumber) lines could not be analysed")
            throw ExitCode(1)
        }
    }
}
