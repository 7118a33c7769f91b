import Foundation

/// A person who uses Hearth. On a laptop used alone, one local user is created on first use;
/// on a server, each account is one user.
public struct User: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    /// The unique name a person is known by on this installation ("sam"): lowercase letters,
    /// digits, dots, hyphens and underscores.
    public var handle: String
    /// The name shown to the person and their partner.
    public var displayName: String
    public var createdAt: Date

    public init(id: UUID = UUID(), handle: String, displayName: String? = nil, createdAt: Date = .hearthNow) {
        self.id = id
        self.handle = handle
        self.displayName = displayName ?? handle
        self.createdAt = createdAt
    }

    /// Checks the handle and display name, normalising the handle to lowercase.
    public func validated() throws(HearthError) -> User {
        var checker = TextRules.Checker()
        var user = self
        user.handle = handle.trimmingWhitespace().lowercased()
        user.displayName = checker.name(displayName, field: "displayName")
        if !User.isValidHandle(user.handle) {
            checker.add("handle", "use 1 to 40 lowercase letters, digits, '.', '-' or '_'")
        }
        try checker.check()
        return user
    }

    /// Whether a handle is 1–40 characters of a–z, 0–9, '.', '-', '_'.
    public static func isValidHandle(_ handle: String) -> Bool {
        (1...40).contains(handle.utf8.count) && handle.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}

extension Date {
    /// The current time, to the millisecond. Hearth keeps every date on this grid, and the
    /// storage rounds what it reads back onto it, so a value read compares equal to the value
    /// written on SQLite (seconds as a double) and PostgreSQL (microseconds) alike.
    public static var hearthNow: Date { Date().wholeMilliseconds }

    /// This date rounded to the nearest millisecond, always built the same way from the whole
    /// number of milliseconds since 1970, so equal milliseconds give equal dates.
    public var wholeMilliseconds: Date {
        Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000)
    }

    /// Milliseconds since 1970, the whole number behind a date on Hearth's grid.
    public var millisecondsSince1970: Int64 {
        Int64((timeIntervalSince1970 * 1000).rounded())
    }
}
