import Benchmark
import Foundation
import HearthLanguage

/// Messages of 60 to 80 characters from Hearth's own training corpus: realistic text of the
/// length people type in a hard moment.
let messages: [(text: String, role: Role)] = {
    let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Training/corpus")
    let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
    var found: [(String, Role)] = []
    for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "jsonl" {
        let lines = (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n") ?? []
        for line in lines {
            guard let message = try? LabelledMessage(jsonLine: String(line)),
                  (60...80).contains(message.text.count) else { continue }
            found.append((message.text, message.role))
        }
    }
    precondition(!found.isEmpty, "no benchmark messages found under \(corpus.path)")
    return found
}()

let benchmarks: @Sendable () -> Void = {
    let analyzer = Analyzer.shared
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
        scalingFactor: .kilo,
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )

    // One iteration analyses 1,000 messages; throughput is in thousands of messages a second.
    Benchmark("Analyze 60-80 character messages") { benchmark in
        let count = messages.count
        var next = 0
        for _ in benchmark.scaledIterations {
            let message = messages[next]
            blackHole(analyzer.analyze(message.text, role: message.role))
            next = next + 1 == count ? 0 : next + 1
        }
    }

    // The same work plus writing each analysis as JSON, as `hearth analyze --jsonl` does.
    Benchmark("Analyze and encode JSON") { benchmark in
        let count = messages.count
        var writer = JSONWriter(reservingCapacity: 1 << 16)
        var next = 0
        for _ in benchmark.scaledIterations {
            let message = messages[next]
            analyzer.analyze(message.text, role: message.role).writeJSON(id: nil, into: &writer)
            writer.newline()
            if writer.bytes.count > 1 << 15 { writer.reset() }
            next = next + 1 == count ? 0 : next + 1
        }
        blackHole(writer.bytes.count)
    }
}
