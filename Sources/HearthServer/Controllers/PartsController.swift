import HearthCore
import HearthLanguage
import Vapor

/// The parts pages: the list and map, adding, editing, relating, sharing and removing parts.
/// Every route acts for the signed-in person on their own parts; anything else is a 404.
struct PartsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let parts = routes.grouped("parts")
        parts.get { request in try await index(request) }
        parts.post { request in try await add(request) }
        parts.post("relations") { request in try await relate(request, remove: false) }
        parts.post("relations", "delete") { request in try await relate(request, remove: true) }
        parts.get(":id") { request in try await show(request) }
        parts.post(":id") { request in try await update(request) }
        parts.post(":id", "share") { request in try await share(request) }
        parts.post(":id", "delete") { request in try await remove(request) }
    }

    /// One part as the pages show it.
    struct PartView: Encodable {
        let id: String
        let name: String
        let role: String
        let strategies: [String]
        let feelings: String
        let burdens: String
        let fears: String
        let needs: String
        let triggers: String
        let age: String
        let body: String
        let origin: String
        let notes: String
        let shared: Bool

        init(_ part: Part) {
            id = part.id.uuidString.lowercased()
            name = part.name
            role = part.role.rawValue
            strategies = part.strategies.map(\.rawValue)
            feelings = part.feelings.joined(separator: ", ")
            burdens = part.burdens.joined(separator: ", ")
            fears = part.fears.joined(separator: ", ")
            needs = part.needs.joined(separator: ", ")
            triggers = part.triggers.joined(separator: ", ")
            age = part.feltAge
            body = part.bodyLocation
            origin = part.origin
            notes = part.notes
            shared = part.isShared
        }
    }

    struct RelationView: Encodable {
        let from: String
        let fromName: String
        let kind: String
        let phrase: String
        let to: String
        let toName: String
    }

    struct IndexPage: Encodable {
        let title = "Parts"
        let csrf: String
        let message: String?
        let parts: [PartView]
        let relations: [RelationView]
        let map: String
        let strategies = StrategyOption.all
    }

    /// A strategy as a checkbox: its value, and its name in words.
    struct StrategyOption: Encodable {
        let value: String
        let label: String

        static let all = Strategy.ordered.map {
            StrategyOption(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "_", with: "-"))
        }
    }

    func index(_ request: Request, message: String? = nil) async throws -> View {
        let user = try request.requireUser()
        let map = try await PartsService(store: request.store).map(of: user.id)
        return try await request.view.render("parts", IndexPage(
            csrf: request.csrfToken, message: message, parts: map.parts.map(PartView.init),
            relations: PartsController.relationViews(map.relations, map.parts),
            map: PartsMap(parts: map.parts, relations: map.relations).render()))
    }

    static func relationViews(_ relations: [PartRelation], _ parts: [Part]) -> [RelationView] {
        relations.compactMap { relation in
            guard let from = parts.first(where: { $0.id == relation.fromPartID }),
                  let to = parts.first(where: { $0.id == relation.toPartID }) else { return nil }
            return RelationView(from: from.id.uuidString.lowercased(), fromName: from.name, kind: relation.kind.rawValue,
                                phrase: relation.kind.phrase, to: to.id.uuidString.lowercased(), toName: to.name)
        }
    }

    /// What the add and edit forms send. Lists are comma-separated.
    struct PartForm: Content {
        var name: String
        var role: String?
        var strategies: [String]?
        var feelings: String?
        var burdens: String?
        var fears: String?
        var needs: String?
        var triggers: String?
        var age: String?
        var body: String?
        var origin: String?
        var notes: String?
        var shared: String?

        func apply(to part: inout Part) {
            part.name = name
            part.role = role.flatMap(PartRole.init(rawValue:)) ?? part.role
            part.strategies = (strategies ?? []).compactMap(Strategy.init(rawValue:))
            part.feelings = PartForm.list(feelings)
            part.burdens = PartForm.list(burdens)
            part.fears = PartForm.list(fears)
            part.needs = PartForm.list(needs)
            part.triggers = PartForm.list(triggers)
            part.feltAge = age ?? ""
            part.bodyLocation = body ?? ""
            part.origin = origin ?? ""
            part.notes = notes ?? ""
            part.isShared = shared != nil
        }

        static func list(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    func add(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(PartForm.self)
        var part = Part(ownerID: user.id, name: form.name)
        form.apply(to: &part)
        do {
            try await PartsService(store: request.store).add(part)
        } catch let error as HearthError {
            return try await index(request, message: error.description).encodeResponse(status: .badRequest, for: request)
        }
        return request.redirect(to: "/parts")
    }

    struct DetailPage: Encodable {
        let title: String
        let csrf: String
        let message: String?
        let part: PartView
        let relations: [RelationView]
        let strategies = StrategyOption.all
    }

    func show(_ request: Request, message: String? = nil) async throws -> View {
        let user = try request.requireUser()
        let part = try await ownPart(request, user)
        let map = try await PartsService(store: request.store).map(of: user.id)
        let related = map.relations.filter { $0.fromPartID == part.id || $0.toPartID == part.id }
        return try await request.view.render("part", DetailPage(
            title: part.name, csrf: request.csrfToken, message: message, part: PartView(part),
            relations: PartsController.relationViews(related, map.parts)))
    }

    func update(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let part = try await ownPart(request, user)
        let form = try request.content.decode(PartForm.self)
        do {
            try await PartsService(store: request.store).edit(part.id, of: user.id) { form.apply(to: &$0) }
        } catch let error as HearthError where error != .notFound("Part") {
            return try await show(request, message: error.description).encodeResponse(status: .badRequest, for: request)
        }
        return request.redirect(to: "/parts/\(part.id.uuidString.lowercased())")
    }

    func share(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let part = try await ownPart(request, user)
        let shared = try SharingForm.wanted(request)
        try await PartsService(store: request.store).setShared(part.id, of: user.id, shared)
        return request.redirect(to: "/parts/\(part.id.uuidString.lowercased())")
    }

    func remove(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let part = try await ownPart(request, user)
        try await PartsService(store: request.store).remove(part.id, of: user.id)
        return request.redirect(to: "/parts")
    }

    struct RelationForm: Content {
        var from: UUID
        var kind: String
        var to: UUID
    }

    func relate(_ request: Request, remove: Bool) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(RelationForm.self)
        guard let kind = PartRelationKind(rawValue: form.kind) else { throw Abort(.badRequest, reason: "Unknown relation.") }
        let service = PartsService(store: request.store)
        do {
            if remove {
                try await service.unrelate(form.from, kind, form.to, owner: user.id)
            } else {
                try await service.relate(form.from, kind, form.to, owner: user.id)
            }
        } catch let error as HearthError where !remove && error != .notFound("Part") {
            return try await index(request, message: error.description).encodeResponse(status: .badRequest, for: request)
        }
        return request.redirect(to: "/parts")
    }

    /// The part named in the path, if it is the person's own; otherwise a 404.
    func ownPart(_ request: Request, _ user: User) async throws -> Part {
        guard let id = request.parameters.get("id", as: UUID.self),
              let part = try await request.store.parts.part(id: id), part.ownerID == user.id else {
            throw Abort(.notFound, reason: "That page isn't here (or isn't yours to see).")
        }
        return part
    }
}
