import ArgumentParser
import Foundation
import HearthLanguage

/// `hearth train`: fits the analyzer's model to the project's labelled corpus.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the analyzer's model on a labelled corpus (JSON Lines, LABELS.md format).",
        discussion: """
            Reads every .jsonl file in the corpus folder, drops repeated texts, trains, and writes \
            the model that Hearth ships. Training is deterministic: the same corpus gives the same bytes.
            """
    )

    @Option(help: "Folder of labelled .jsonl files.")
    var corpus = "Training/corpus"

    @Option(help: "Where to write the model.")
    var output = "Sources/HearthLanguage/Resources/model.bin"

    @Option(help: "Passes over the corpus.")
    var epochs = Trainer().epochs

    @Option(help: "AdaGrad's base learning rate.")
    var learningRate = Trainer().learningRate

    @Option(help: "L2 weight decay.")
    var l2 = Trainer().l2

    @Option(help: "Leave out features seen in fewer messages than this.")
    var minimumCount = Trainer().minimumCount

    func run() throws {
        let folder = URL(fileURLWithPath: corpus)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { throw ValidationError("No .jsonl files in \(corpus).") }
        var messages: [LabelledMessage] = []
        var seen = Set<String>()
        var problems = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                do {
                    let message = try LabelledMessage(jsonLine: String(line))
                    if seen.insert(message.text.lowercased()).inserted { messages.append(message) }
                } catch {
                    problems += 1
                    Terminal.printError("hearth: \(file.lastPathComponent):\(number + 1): \(error)")
                }
            }
        }
        guard problems == 0 else { throw ValidationError("\(problems) corpus lines are not valid; fix them first.") }
        var trainer = Trainer()
        trainer.epochs = epochs
        trainer.learningRate = learningRate
        trainer.l2 = l2
        trainer.minimumCount = minimumCount
        let model = trainer.train(messages)
        try Data(model.serialized()).write(to: URL(fileURLWithPath: output))
        print("Trained on \(messages.count) messages from \(files.count) files: \(model.featureCount) features, written to \(output).")
    }
}
