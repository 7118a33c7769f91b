import HearthCore
import Vapor

/// `/api/v1/me`, `/api/v1/partner`, `/api/v1/practices`, `/api/v1/export` and the API's own
/// description, `/api/v1/openapi.yaml`.
struct AccountAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("me") { request in try await me(request) }
        routes.get("partner") { request in try await partner(request) }
        routes.get("practices") { request in try practices(request) }
        routes.get("export") { request in try await export(request) }
        routes.get("openapi.yaml") { request in try openAPI(request) }
    }

    func me(_ request: Request) async throws -> UserDTO {
        let user = try request.requireAPIUser()
        let partner = try await PairingService(store: request.store).partner(of: user.id)
        return UserDTO(id: user.id, handle: user.handle, displayName: user.displayName, partner: partner?.displayName)
    }

    /// What the partner shares; 404 when not paired.
    func partner(_ request: Request) async throws -> PartnerDTO {
        let user = try request.requireAPIUser()
        guard let partner = try await PairingService(store: request.store).partner(of: user.id) else {
            throw HearthError.notFound("Partner")
        }
        let map = try await PartsService(store: request.store).map(of: partner.id, seenBy: user.id)
        let pauses = try await PauseService(store: request.store).pauses(of: partner.id, seenBy: user.id)
        let checkIns = try await CheckInService(store: request.store).checkIns(of: partner.id, seenBy: user.id)
        return PartnerDTO(displayName: partner.displayName, parts: map.parts.map(PartDTO.init),
                          relations: map.relations.map(RelationDTO.init),
                          pauses: pauses.map { PauseDTO($0, forOwner: false) }, checkIns: checkIns.map(CheckInDTO.init))
    }

    func practices(_ request: Request) throws -> [PracticeDTO] {
        _ = try request.requireAPIUser()
        return PracticeLibrary.bundled.practices.map {
            PracticeDTO(id: $0.id, version: $0.version, title: $0.title, summary: $0.summary, minutes: $0.minutes,
                        steps: $0.steps)
        }
    }

    func export(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        let data = try await TransferService(store: request.store).export(user).encoded()
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    func openAPI(_ request: Request) throws -> Response {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw Abort(.internalServerError)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/yaml")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
