import HearthCore
import Vapor

/// What the partner shares: their shared parts (and map) and shared pauses. Nothing else of
/// theirs is reachable, and nothing at all once unpaired.
struct PartnerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("partner") { request in try await page(request) }
    }

    struct Page: Encodable {
        let title = "Partner"
        let csrf: String
        let partnerName: String?
        let parts: [PartsController.PartView]
        let map: String
        let pauses: [PausesController.PauseView]
    }

    func page(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        guard let partner = try await PairingService(store: request.store).partner(of: user.id) else {
            return try await request.view.render("partner", Page(csrf: request.csrfToken, partnerName: nil, parts: [],
                                                                 map: "", pauses: []))
        }
        let map = try await PartsService(store: request.store).map(of: partner.id, seenBy: user.id)
        let pauses = try await PauseService(store: request.store).pauses(of: partner.id, seenBy: user.id)
        return try await request.view.render("partner", Page(
            csrf: request.csrfToken, partnerName: partner.displayName, parts: map.parts.map(PartsController.PartView.init),
            map: PartsMap(parts: map.parts, relations: map.relations).render(),
            pauses: pauses.map { PausesController.PauseView($0, parts: map.parts) }))
    }
}
