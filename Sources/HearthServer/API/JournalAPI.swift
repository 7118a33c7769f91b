import HearthCore
import Vapor

/// `/api/v1/pauses`, `/api/v1/checkins` and `/api/v1/insights`.
struct JournalAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let pauses = routes.grouped("pauses")
        pauses.get { request in try await listPauses(request) }
        pauses.post { request in try await recordPause(request) }
        pauses.get(":id") { request in PauseDTO(try await ownPause(request), forOwner: true) }
        pauses.delete(":id") { request in try await deletePause(request) }
        pauses.post(":id", "share") { request in try await sharePause(request) }
        let checkIns = routes.grouped("checkins")
        checkIns.get { request in try await listCheckIns(request) }
        checkIns.post { request in try await recordCheckIn(request) }
        checkIns.post(":id", "share-note") { request in try await shareNote(request) }
        routes.get("insights") { request in try await insights(request) }
    }

    func listPauses(_ request: Request) async throws -> [PauseDTO] {
        let user = try request.requireAPIUser()
        return try await PauseService(store: request.store).pauses(of: user.id, seenBy: user.id)
            .map { PauseDTO($0, forOwner: true) }
    }

    func recordPause(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        let input = try request.content.decode(PauseInput.self)
        var selfEnergy = SelfEnergyReading()
        for (name, value) in input.selfEnergy ?? [:] {
            guard let quality = SelfQuality(rawValue: name) else {
                throw HearthError.invalid("selfEnergy", "'\(name)' is not a Self-energy quality")
            }
            selfEnergy[quality] = value
        }
        let pause = Pause(ownerID: user.id, happened: input.happened, bodySensations: input.bodySensations ?? "",
                          activatedPartIDs: input.parts ?? [], protectorAction: input.protectorAction ?? "",
                          exileNeeds: input.exileNeeds ?? "", selfEnergy: selfEnergy, forPart: input.forPart ?? "",
                          isShared: input.shared ?? false)
        let newParts = (input.newParts ?? []).map { Part(ownerID: user.id, name: $0) }
        let recorded = try await PauseService(store: request.store).record(pause, newParts: newParts)
        return try await PauseDTO(recorded, forOwner: true).encodeResponse(status: .created, for: request)
    }

    func deletePause(_ request: Request) async throws -> HTTPStatus {
        let pause = try await ownPause(request)
        try await PauseService(store: request.store).delete(pause.id, of: pause.ownerID)
        return .noContent
    }

    func sharePause(_ request: Request) async throws -> PauseDTO {
        let pause = try await ownPause(request)
        let input = try request.content.decode(ShareInput.self)
        return PauseDTO(try await PauseService(store: request.store).setShared(pause.id, of: pause.ownerID, input.shared),
                        forOwner: true)
    }

    func ownPause(_ request: Request) async throws -> Pause {
        let user = try request.requireAPIUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              let pause = try await request.store.pauses.pause(id: id), pause.ownerID == user.id else {
            throw HearthError.notFound("Pause")
        }
        return pause
    }

    func listCheckIns(_ request: Request) async throws -> [CheckInDTO] {
        let user = try request.requireAPIUser()
        return try await CheckInService(store: request.store).checkIns(of: user.id, seenBy: user.id).map(CheckInDTO.init)
    }

    func recordCheckIn(_ request: Request) async throws -> Response {
        let user = try request.requireAPIUser()
        let input = try request.content.decode(CheckInInput.self)
        let checkIn = CheckIn(ownerID: user.id, acceptance: input.acceptance, mutualCare: input.mutualCare,
                              mutualRespect: input.mutualRespect, differentiation: input.differentiation,
                              sharingDays: input.sharingDays, note: input.note ?? "", isNoteShared: input.noteShared ?? false)
        let recorded = try await CheckInService(store: request.store).record(checkIn)
        return try await CheckInDTO(recorded).encodeResponse(status: .created, for: request)
    }

    func shareNote(_ request: Request) async throws -> CheckInDTO {
        let user = try request.requireAPIUser()
        guard let id = request.parameters.get("id", as: UUID.self) else { throw HearthError.notFound("Check-in") }
        let input = try request.content.decode(ShareInput.self)
        return CheckInDTO(try await CheckInService(store: request.store).setNoteShared(id, of: user.id, input.shared))
    }

    func insights(_ request: Request) async throws -> InsightsDTO {
        let user = try request.requireAPIUser()
        return InsightsDTO(try await CheckInService(store: request.store).insights(for: user.id))
    }
}
