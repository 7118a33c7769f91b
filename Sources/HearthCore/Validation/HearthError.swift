/// The errors Hearth's domain reports. The command line prints them; the server maps them to
/// status codes and stable error codes in one place.
public enum HearthError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Values a person gave that cannot be stored as they are.
    case invalid([ValidationIssue])
    /// Nothing of that kind with that name or id exists for this person (or they may not see it).
    case notFound(String)
    /// The request conflicts with what is stored ("a user named sam already exists").
    case conflict(String)
    /// The action needs a partner and there is none, or the pairing rules forbid it.
    case pairing(String)

    public var description: String {
        switch self {
        case .invalid(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .notFound(let what):
            "\(what) not found"
        case .conflict(let message), .pairing(let message):
            message
        }
    }

    /// A single-issue validation error.
    public static func invalid(_ field: String, _ message: String) -> HearthError {
        .invalid([ValidationIssue(field: field, message: message)])
    }
}
