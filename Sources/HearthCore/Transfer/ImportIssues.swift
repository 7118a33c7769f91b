/// Turns what went wrong while reading or checking an imported document into issues that say
/// where ("pauses[3].happened") and what, in plain words.
enum ImportIssues {
    /// An issue from a decoding error, located by its coding path.
    static func issue(from error: any Error) -> ValidationIssue {
        guard let error = error as? DecodingError else {
            return ValidationIssue(field: "file", message: "is not valid JSON")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ValidationIssue(field: path(context.codingPath + [key]), message: "is missing")
        case .typeMismatch(let type, let context):
            return ValidationIssue(field: path(context.codingPath), message: "should be \(describe(type))")
        case .valueNotFound(let type, let context):
            return ValidationIssue(field: path(context.codingPath), message: "should be \(describe(type)), not null")
        case .dataCorrupted(let context):
            let message = context.underlyingError != nil ? "the file is not valid JSON" : context.debugDescription
            return ValidationIssue(field: path(context.codingPath), message: message)
        @unknown default:
            return ValidationIssue(field: "file", message: "cannot be read")
        }
    }

    /// "parts[2].name" from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path.isEmpty ? "file" : path
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }
}
