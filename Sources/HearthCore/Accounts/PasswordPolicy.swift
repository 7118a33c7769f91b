import Foundation

/// What a password must be: 8 to 128 characters (15 or more suggested), taken exactly as typed,
/// and not one of the passwords most often used (and so first guessed).
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let suggestedLength = 15
    public static let maximumLength = 128

    /// The issues with a proposed password, empty when it is acceptable.
    public static func issues(_ password: String, handle: String) -> [ValidationIssue] {
        var checker = TextRules.Checker()
        let length = password.count
        if length < minimumLength {
            checker.add("password", "use at least \(minimumLength) characters (\(suggestedLength) or more is better)")
        } else if length > maximumLength {
            checker.add("password", "use at most \(maximumLength) characters")
        } else if password.unicodeScalars.contains("\0") {
            checker.add("password", "contains a NUL character")
        } else if commonPasswords.contains(password.lowercased()) || password.lowercased() == handle.lowercased() {
            checker.add("password", "this one is among the most common passwords; please choose another")
        }
        return checker.issues
    }

    /// The common passwords refused, lowercased, from `Resources/common-passwords.txt`.
    static let commonPasswords: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { String($0) })
    }()
}
