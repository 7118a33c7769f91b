import FluentKit
import FluentSQL

/// Hearth's migrations, in the order they run. Each lives in its own numbered folder; a new one
/// is appended here and never reordered.
enum HearthMigrations {
    static let all: [any Migration] = [
        CreateUsers(),
        CreateParts(),
        CreatePauses(),
        CreateCheckIns(),
        CreatePracticeSessions(),
        CreatePairings(),
        CreateAccounts(),
        CreateAPITokens(),
        CreateSafetySettings(),
    ]
}

extension Database {
    /// Creates an index on one column (Fluent's schema builder has none; both databases speak SQL).
    func index(_ name: String, on table: String, _ column: String) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.create(index: name).on(table).column(column).run()
    }
}
