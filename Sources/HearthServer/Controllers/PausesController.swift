import HearthCore
import Vapor

/// The trigger journal: the person's pauses (new ones are taken at /practices/pause), one pause
/// in full, sharing and deleting. Only the owner reaches these routes; a partner sees shared
/// pauses on /partner.
struct PausesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let pauses = routes.grouped("pauses")
        pauses.get { request in try await index(request) }
        pauses.get(":id") { request in try await show(request) }
        pauses.post(":id", "share") { request in try await share(request) }
        pauses.post(":id", "delete") { request in try await delete(request) }
    }

    /// One pause as the pages show it.
    struct PauseView: Encodable {
        let id: String
        let date: String
        let happened: String
        let body: String
        let parts: String
        let protector: String
        let exile: String
        let selfEnergy: String
        let forPart: String
        let reading: String
        let reframe: String?
        let shared: Bool
        let keptPrivate: Bool

        init(_ pause: Pause, parts: [Part]) {
            id = pause.id.uuidString.lowercased()
            date = pause.createdAt.formatted(date: .abbreviated, time: .shortened)
            happened = pause.happened
            body = pause.bodySensations
            self.parts = pause.activatedPartIDs.compactMap { id in parts.first { $0.id == id }?.name }
                .joined(separator: ", ")
            protector = pause.protectorAction
            exile = pause.exileNeeds
            selfEnergy = pause.selfEnergy.values.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
                .joined(separator: ", ")
            forPart = pause.forPart
            reading = switch pause.analysis?.stance {
            case .forPart: "spoke for the part"
            case .fromPart: "spoke from the part"
            default: ""
            }
            reframe = pause.analysis?.stance == .fromPart ? pause.analysis?.reframe : nil
            shared = pause.isShared
            keptPrivate = pause.disclosesDanger
        }
    }

    struct IndexPage: Encodable {
        let title = "Pauses"
        let csrf: String
        let pauses: [PauseView]
    }

    func index(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let pauses = try await PauseService(store: request.store).pauses(of: user.id, seenBy: user.id)
        let parts = try await request.store.parts.parts(ownedBy: user.id)
        return try await request.view.render("pauses", IndexPage(csrf: request.csrfToken,
                                                                 pauses: pauses.map { PauseView($0, parts: parts) }))
    }

    struct DetailPage: Encodable {
        let title = "Pause"
        let csrf: String
        let pause: PauseView
    }

    func show(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let pause = try await ownPause(request, user)
        let parts = try await request.store.parts.parts(ownedBy: user.id)
        return try await request.view.render("pause", DetailPage(csrf: request.csrfToken, pause: PauseView(pause, parts: parts)))
    }

    func share(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let pause = try await ownPause(request, user)
        let shared = try SharingForm.wanted(request)
        try await PauseService(store: request.store).setShared(pause.id, of: user.id, shared)
        return request.redirect(to: "/pauses/\(pause.id.uuidString.lowercased())")
    }

    func delete(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let pause = try await ownPause(request, user)
        try await PauseService(store: request.store).delete(pause.id, of: user.id)
        return request.redirect(to: "/pauses")
    }

    func ownPause(_ request: Request, _ user: User) async throws -> Pause {
        guard let id = request.parameters.get("id", as: UUID.self),
              let pause = try await request.store.pauses.pause(id: id), pause.ownerID == user.id else {
            throw Abort(.notFound, reason: "That page isn't here (or isn't yours to see).")
        }
        return pause
    }
}
