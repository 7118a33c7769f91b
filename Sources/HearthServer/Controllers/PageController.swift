import HearthCore
import Vapor

/// Today and Help.
struct PageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get { request in try await today(request) }
        routes.get("help") { request in try await help(request) }
        routes.post("help", "couples-pause") { request in try await setCouplesPause(request) }
    }

    struct TodayPage: Encodable {
        let title = "Today"
        let csrf: String
        let name: String
        let parts: Int
        let pauses: [PauseLine]
        let practice: PracticeLine
        let couplesPaused: Bool
        let partnerName: String?
        let partnerPause: PauseLine?
        let foundations: [FoundationLine]
    }

    struct FoundationLine: Encodable {
        let name: String
        let latest: Int
        let direction: String
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
        let couplesPaused = try await request.store.accounts.couplesExercisesPaused(for: user.id)
        let library = PracticeLibrary.bundled.practices.filter {
            !couplesPaused || $0.id != PracticeLibrary.checkInID
        }
        let practice = library[Calendar.current.ordinality(of: .day, in: .year, for: Date()).map { $0 % library.count } ?? 0]
        let partner = try await PairingService(store: request.store).partner(of: user.id)
        var partnerPause: PauseLine?
        if let partner, !couplesPaused,
           let latest = try await PauseService(store: request.store).pauses(of: partner.id, seenBy: user.id).first {
            partnerPause = PauseLine(happened: latest.happened, stance: "")
        }
        let insights = try await CheckInService(store: request.store).insights(for: user.id)
        let foundations = IntimacyFoundation.allCases.compactMap { foundation -> FoundationLine? in
            guard let trend = insights.foundations[foundation], let latest = trend.latest else { return nil }
            return FoundationLine(name: foundation.title, latest: latest,
                                  direction: trend.direction == .unknown ? "" : trend.direction.rawValue)
        }
        return try await request.view.render("today", TodayPage(
            csrf: request.csrfToken, name: user.displayName, parts: parts,
            pauses: pauses.map { PauseLine(happened: $0.happened, stance: $0.analysis?.stance == .forPart ? "spoke for the part" : "") },
            practice: PracticeLine(title: practice.title, summary: practice.summary), couplesPaused: couplesPaused,
            partnerName: partner?.displayName, partnerPause: partnerPause, foundations: foundations))
    }

    struct HelpPage: Encodable {
        let title = "Help"
        let csrf: String
        let signedIn: Bool
        let couplesPaused: Bool
    }

    func help(_ request: Request) async throws -> View {
        var paused = false
        if let user = request.signedIn?.user {
            paused = try await request.store.accounts.couplesExercisesPaused(for: user.id)
        }
        return try await request.view.render("help", HelpPage(csrf: request.csrfToken, signedIn: request.signedIn != nil,
                                                              couplesPaused: paused))
    }

    struct PauseSwitchForm: Content {
        var paused: String
    }

    /// The private switch: couples exercises pause (or resume) for this person; nobody is told.
    func setCouplesPause(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let paused = try request.content.decode(PauseSwitchForm.self).paused == "1"
        try await request.store.accounts.setCouplesExercisesPaused(paused, for: user.id)
        return request.redirect(to: "/help")
    }
}
