/// One thing wrong with a value a person gave, named by where it is ("parts[2].name") so it can be fixed.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the bad value is: a field name, or a path into an imported document.
    public var field: String
    /// What is wrong, in plain words.
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }

    /// The same issue, placed under a parent path ("name" under "parts[2]" becomes "parts[2].name").
    public func nested(under parent: String) -> ValidationIssue {
        ValidationIssue(field: parent.isEmpty ? field : "\(parent).\(field)", message: message)
    }
}
