import HearthCore
import Vapor

/// `/api/v1/practices/{id}/runs` (running a practice with all its answers at once) and
/// `/api/v1/pairing` (inviting, accepting, unpairing): the rest of what the pages do.
struct PracticesAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("practices", ":id", "runs") { request in try await run(request) }
        let pairing = routes.grouped("pairing")
        pairing.post("invitations") { request in try await invite(request) }
        pairing.post("accept") { request in try await accept(request) }
        pairing.delete { request in try await unpair(request) }
    }

    /// Answers by step id, as a person would type them: text, a number, "1,3" for choices, part
    /// names (new ones are added), "4 5 6" for a Self-energy reading.
    struct RunInput: Content {
        var answers: [String: String]
    }

    struct RunResult: Content {
        var practice: String
        var recorded: String
        var id: UUID
    }

    func run(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        guard let id = request.parameters.get("id"),
              let practice = PracticeLibrary.bundled.practices.first(where: { $0.id == id }) else {
            throw HearthError.notFound("Practice")
        }
        let input = try request.content.decode(RunInput.self)
        let parser = StepAnswerParser(parts: try await request.store.parts.parts(ownedBy: user.id))
        var session = PracticeSession(ownerID: user.id, practice: practice)
        var issues: [ValidationIssue] = []
        for step in practice.steps {
            let value = input.answers[step.id] ?? (step.kind == .timer ? String(step.seconds ?? 0) : "")
            do {
                session.answers[step.id] = try parser.answer(value, for: step)
            } catch {
                if case .invalid(let found) = error { issues += found }
            }
        }
        if !issues.isEmpty { throw HearthError.invalid(issues) }
        let result: RunResult
        switch try await PracticeService(store: request.store).finish(session) {
        case .pause(let pause): result = RunResult(practice: practice.id, recorded: "pause", id: pause.id)
        case .checkIn(let checkIn): result = RunResult(practice: practice.id, recorded: "checkIn", id: checkIn.id)
        case .session(let session): result = RunResult(practice: practice.id, recorded: "session", id: session.id)
        }
        return try await result.encodeResponse(status: .created, for: request)
    }

    struct InvitationDTO: Content {
        var code: String
        var expiresAt: Date
    }

    func invite(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        let invitation = try await PairingService(store: request.store).invite(from: user.id)
        return try await InvitationDTO(code: invitation.code, expiresAt: invitation.expiresAt)
            .encodeResponse(status: .created, for: request)
    }

    struct AcceptInput: Content {
        var code: String
    }

    func accept(_ request: Request) async throws -> UserDTO {
        let user = try request.requireAPIUser()
        let input = try request.content.decode(AcceptInput.self)
        let service = PairingService(store: request.store)
        try await service.accept(code: input.code, by: user.id)
        let partner = try await service.partner(of: user.id)
        return UserDTO(id: user.id, handle: user.handle, displayName: user.displayName, partner: partner?.displayName)
    }

    func unpair(_ request: Request) async throws -> HTTPStatus {
        let user = try request.requireAPIUser()
        try await PairingService(store: request.store).unpair(user.id)
        return .noContent
    }
}
