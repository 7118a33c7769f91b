import ArgumentParser
import HearthCore

/// An error a command reports to the person in plain words, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The plain message for an error.
    static func message(for error: any Error) -> String {
        String(describing: from(error))
    }

    /// The error to report for any error a command's work threw.
    static func from(_ error: any Error) -> any Error {
        switch error {
        case let failure as CommandFailure: return failure
        case let exit as ExitCode: return exit
        case let hearth as HearthError:
            if case .invalid(let issues) = hearth {
                return CommandFailure(issues.count == 1 ? issues[0].description
                                      : "these values need fixing:\n" + issues.map { "  \($0)" }.joined(separator: "\n"))
            }
            return CommandFailure(hearth.description)
        default:
            return CommandFailure("Something went wrong: \(error)")
        }
    }
}
