import ArgumentParser
import Foundation
import HearthCore

/// `hearth export`: everything of one person as JSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write all your data (parts, pauses, check-ins, practices) as JSON."
    )

    @OptionGroup var storage: StoreOptions
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?

    func run() async throws {
        try await storage.withWorkspace { workspace in
            let user = try await workspace.currentUser()
            let data = try await TransferService(store: workspace.store).export(user).encoded()
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure("Could not write \(output): \(error.localizedDescription)")
                }
                FileHandle.standardError.write(Data("Exported \(user.handle)'s data to \(output).\n".utf8))
            } else {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
    }
}

/// `hearth import`: reads an export back, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read an export back in. A bad file is rejected whole, with the reason and where.",
        discussion: "The file's user is recreated as it was; with --as NAME, it becomes a new user of that name."
    )

    @OptionGroup var storage: StoreOptions
    @Argument(help: "The export file ('-' for standard input).") var file: String
    @Option(name: .customLong("as"), help: "Import as a new user with this name (fresh ids).") var handle: String?

    func run() async throws {
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure("Could not read \(file): \(error.localizedDescription)")
        }
        let document: HearthExport
        do {
            document = try HearthExport.decode(data)
        } catch {
            throw CommandFailure("\(file) was not imported; nothing changed.\n" + CommandFailure.message(for: error))
        }
        try await storage.withWorkspace { workspace in
            do {
                let user = try await TransferService(store: workspace.store).importDocument(document, as: handle)
                print("Imported \(user.handle): \(document.parts.count.counted("part")), "
                      + "\(document.relations.count.counted("relation")), \(document.pauses.count.counted("pause")), "
                      + "\(document.checkIns.count.counted("check-in")), "
                      + "\(document.practiceSessions.count.counted("practice session")).")
            } catch {
                throw CommandFailure("\(file) was not imported; nothing changed.\n" + CommandFailure.message(for: error))
            }
        }
    }
}
