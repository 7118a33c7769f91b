import HearthCore
import Vapor

/// `/api/v1/parts` and `/api/v1/relations`: the map of parts for scripts and apps. Every route
/// acts on the caller's own parts; anything else is a 404.
struct PartsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let parts = routes.grouped("parts")
        parts.get { request in try await list(request) }
        parts.post { request in try await create(request) }
        parts.get(":id") { request in PartDTO(try await ownPart(request)) }
        parts.put(":id") { request in try await update(request) }
        parts.delete(":id") { request in try await delete(request) }
        parts.post(":id", "share") { request in try await share(request) }
        let relations = routes.grouped("relations")
        relations.get { request in try await listRelations(request) }
        relations.post { request in try await relate(request) }
        relations.delete(":id") { request in try await unrelate(request) }
    }

    func list(_ request: Request) async throws -> [PartDTO] {
        let user = try request.requireAPIUser()
        return try await PartsService(store: request.store).map(of: user.id).parts.map(PartDTO.init)
    }

    func create(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        let input = try request.content.decode(PartInput.self)
        var part = Part(ownerID: user.id, name: input.name ?? "")
        try input.apply(to: &part)
        let added = try await PartsService(store: request.store).add(part)
        return try await PartDTO(added).encodeResponse(status: .created, for: request)
    }

    func update(_ request: Request) async throws -> PartDTO {
        let part = try await ownPart(request)
        let input = try request.content.decode(PartInput.self)
        return PartDTO(try await PartsService(store: request.store).edit(part.id, of: part.ownerID) {
            try input.apply(to: &$0)
        })
    }

    func delete(_ request: Request) async throws -> HTTPStatus {
        let part = try await ownPart(request)
        try await PartsService(store: request.store).remove(part.id, of: part.ownerID)
        return .noContent
    }

    func share(_ request: Request) async throws -> PartDTO {
        let part = try await ownPart(request)
        let input = try request.content.decode(ShareInput.self)
        return PartDTO(try await PartsService(store: request.store).setShared(part.id, of: part.ownerID, input.shared))
    }

    func listRelations(_ request: Request) async throws -> [RelationDTO] {
        let user = try request.requireAPIUser()
        return try await PartsService(store: request.store).map(of: user.id).relations.map(RelationDTO.init)
    }

    func relate(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        let input = try request.content.decode(RelationInput.self)
        guard let kind = PartRelationKind(rawValue: input.kind) else {
            throw HearthError.invalid("kind", "use protects, polarised_with or allied_with")
        }
        let relation = try await PartsService(store: request.store).relate(input.from, kind, input.to, owner: user.id)
        return try await RelationDTO(relation).encodeResponse(status: .created, for: request)
    }

    func unrelate(_ request: Request) async throws -> HTTPStatus {
        let user = try request.requireAPIUser()
        guard let id = request.parameters.get("id", as: UUID.self) else { throw HearthError.notFound("Relation") }
        try await PartsService(store: request.store).removeRelation(id, owner: user.id)
        return .noContent
    }

    func ownPart(_ request: Request) async throws -> Part {
        let user = try request.requireAPIUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              let part = try await request.store.parts.part(id: id), part.ownerID == user.id else {
            throw HearthError.notFound("Part")
        }
        return part
    }
}
