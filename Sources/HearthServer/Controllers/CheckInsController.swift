import HearthCore
import Vapor

/// The check-ins page: charts of each foundation for both partners, where their views diverge,
/// the intimate-sharing warning, and the check-ins themselves. New ones are made at
/// /practices/four-foundations.
struct CheckInsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("checkins") { request in try await index(request) }
        routes.post("checkins", ":id", "share-note") { request in try await shareNote(request) }
    }

    struct CheckInView: Encodable {
        let id: String
        let date: String
        let ratings: String
        let note: String
        let noteShared: Bool

        init(_ checkIn: CheckIn) {
            id = checkIn.id.uuidString.lowercased()
            date = checkIn.createdAt.formatted(date: .abbreviated, time: .omitted)
            ratings = "acceptance \(checkIn.acceptance) · care \(checkIn.mutualCare) · respect \(checkIn.mutualRespect) · "
                + "differentiation \(checkIn.differentiation) · sharing \(checkIn.sharingDays)/7"
            note = checkIn.note
            noteShared = checkIn.isNoteShared
        }
    }

    struct Divergence: Encodable {
        let foundation: String
        let gap: String
    }

    struct IndexPage: Encodable {
        let title = "Check-ins"
        let csrf: String
        let charts: [String]
        let warning: String?
        let divergences: [Divergence]
        let partnerName: String?
        let mine: [CheckInView]
        let partners: [CheckInView]
    }

    func index(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let service = CheckInService(store: request.store)
        let insights = try await service.insights(for: user.id)
        let partner = try await PairingService(store: request.store).partner(of: user.id)
        let mine = try await service.checkIns(of: user.id, seenBy: user.id)
        var partners: [CheckIn] = []
        if let partner { partners = try await service.checkIns(of: partner.id, seenBy: user.id) }
        var charts: [String] = IntimacyFoundation.allCases.map { foundation in
            var lines = [TrendChart.Line(name: "You", values: insights.foundations[foundation]?.series ?? [], style: "mine")]
            if let partner, let theirs = insights.partnerFoundations?[foundation] {
                lines.append(TrendChart.Line(name: partner.displayName, values: theirs.series, style: "partner"))
            }
            return TrendChart(title: foundation.title.capitalized, lines: lines, maximum: 10).render()
        }
        var sharing = [TrendChart.Line(name: "You", values: insights.sharing.series, style: "mine")]
        if let partner, let theirs = insights.partnerSharing {
            sharing.append(TrendChart.Line(name: partner.displayName, values: theirs.series, style: "partner"))
        }
        charts.append(TrendChart(title: "Days with intimate sharing", lines: sharing, maximum: 7).render())
        let divergences = insights.divergences.prefix(2).filter { $0.gap > 0 }.map {
            Divergence(foundation: $0.foundation.title, gap: String(format: "%.1f", $0.gap))
        }
        return try await request.view.render("checkins", IndexPage(
            csrf: request.csrfToken, charts: charts, warning: insights.warning?.message, divergences: Array(divergences),
            partnerName: partner?.displayName, mine: mine.map(CheckInView.init), partners: partners.map(CheckInView.init)))
    }

    func shareNote(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        let shared = try SharingForm.wanted(request)
        try await CheckInService(store: request.store).setNoteShared(id, of: user.id, shared)
        return request.redirect(to: "/checkins")
    }
}
