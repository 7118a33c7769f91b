import HearthCore
import Vapor

/// Today and Help.
struct PageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get { request in try await today(request) }
        routes.get("help") { request in try await help(request) }
    }

    struct TodayPage: Encodable {
        let title = "Today"
        let csrf: String
        let name: String
        let parts: Int
        let pauses: [PauseLine]
        let practice: PracticeLine
    }

    struct PauseLine: Encodable {
        let happened: String
        let stance: String
    }

    struct PracticeLine: Encodable {
        let title: String
        let summary: String
    }

    func today(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let parts = try await request.store.parts.parts(ownedBy: user.id).count
        let pauses = try await PauseService(store: request.store).pauses(of: user.id, seenBy: user.id).prefix(3)
        let library = PracticeLibrary.bundled.practices
        let practice = library[Calendar.current.ordinality(of: .day, in: .year, for: Date()).map { $0 % library.count } ?? 0]
        return try await request.view.render("today", TodayPage(
            csrf: request.csrfToken, name: user.displayName, parts: parts,
            pauses: pauses.map { PauseLine(happened: $0.happened, stance: $0.analysis?.stance == .forPart ? "spoke for the part" : "") },
            practice: PracticeLine(title: practice.title, summary: practice.summary)))
    }

    struct HelpPage: Encodable {
        let title = "Help"
        let csrf: String
        let signedIn: Bool
    }

    func help(_ request: Request) async throws -> View {
        try await request.view.render("help", HelpPage(csrf: request.csrfToken, signedIn: request.signedIn != nil))
    }
}
