import Foundation
import Testing

/// Runs the real `hearth` executable, as a person or a script would.
enum HearthProcess {
    /// What one run left behind.
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The built `hearth` beside the test bundle.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("hearth").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("hearth")
    }()

    /// Runs `hearth` with files for its standard streams (pipes in Foundation can fail with EINTR).
    static func run(_ arguments: [String], input: Data = Data(), environment extra: [String: String] = [:],
                    directory: URL? = nil) throws -> Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-test-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["in", "out", "err"].map { folder.appendingPathComponent($0) }
        try input.write(to: paths[0])
        FileManager.default.createFile(atPath: paths[1].path, contents: nil)
        FileManager.default.createFile(atPath: paths[2].path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "DATABASE_URL")
        environment.removeValue(forKey: "HEARTH_USER")
        environment.removeValue(forKey: "HEARTH_DATA_DIR")
        environment.merge(extra) { $1 }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = try FileHandle(forReadingFrom: paths[0])
        process.standardOutput = try FileHandle(forWritingTo: paths[1])
        process.standardError = try FileHandle(forWritingTo: paths[2])
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   output: String(decoding: try Data(contentsOf: paths[1]), as: UTF8.self),
                   errors: String(decoding: try Data(contentsOf: paths[2]), as: UTF8.self))
    }
}
