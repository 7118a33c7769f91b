import HearthCore
import HearthLanguage
import Vapor

/// The practices: the library, and one runner for all of them (the pause and the four-foundations
/// check-in included), driven by the same practice data as the command line.
struct PracticesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let practices = routes.grouped("practices")
        practices.get { request in try await library(request) }
        practices.get(":practice") { request in try await runner(request) }
        practices.post(":practice") { request in try await submit(request) }
    }

    struct LibraryPage: Encodable {
        let title = "Practices"
        let csrf: String
        let practices: [Item]

        struct Item: Encodable {
            let id: String
            let title: String
            let summary: String
            let minutes: Int
        }
    }

    func library(_ request: Request) async throws -> View {
        _ = try request.requireUser()
        let items = PracticeLibrary.bundled.practices.map {
            LibraryPage.Item(id: $0.id, title: $0.title, summary: $0.summary, minutes: $0.minutes)
        }
        return try await request.view.render("practices", LibraryPage(csrf: request.csrfToken, practices: items))
    }

    /// One step as the runner's form shows it.
    struct StepView: Encodable {
        let id: String
        let kind: String
        let text: String
        let hint: String?
        let optional: Bool
        let multiple: Bool
        let options: [Option]
        let min: Int
        let max: Int
        let low: String
        let high: String
        let seconds: Int
        let qualities: [String]
        let parts: [Option]
        let allowNew: Bool

        struct Option: Encodable {
            let value: String
            let label: String
        }

        init(_ step: PracticeStep, parts offered: [Part]) {
            id = step.id
            kind = step.kind.rawValue
            text = step.text
            hint = step.hint
            optional = step.isOptional
            multiple = step.allowsMultiple
            options = (step.options ?? []).enumerated().map { Option(value: String($0.offset + 1), label: $0.element) }
            min = step.scaleRange.lowerBound
            max = step.scaleRange.upperBound
            low = step.low ?? "least"
            high = step.high ?? "most"
            seconds = step.seconds ?? 60
            qualities = (step.qualities ?? SelfQuality.allCases).map(\.rawValue)
            parts = offered.map { Option(value: $0.id.uuidString.lowercased(), label: $0.name) }
            allowNew = step.allowsNewPart
        }
    }

    struct RunnerPage: Encodable {
        let title: String
        let csrf: String
        let id: String
        let summary: String
        let steps: [StepView]
        let message: String?
        let canShare: Bool
    }

    func runner(_ request: Request, message: String? = nil) async throws -> View {
        let user = try request.requireUser()
        let practice = try practice(request)
        let parts = try await request.store.parts.parts(ownedBy: user.id).sorted { $0.createdAt < $1.createdAt }
        let parser = StepAnswerParser(parts: parts)
        return try await request.view.render("practice", RunnerPage(
            title: practice.title, csrf: request.csrfToken, id: practice.id, summary: practice.summary,
            steps: practice.steps.map { StepView($0, parts: parser.offeredParts(for: $0)) }, message: message,
            canShare: practice.id == PracticeLibrary.pauseID || practice.id == PracticeLibrary.checkInID))
    }

    func practice(_ request: Request) throws -> Practice {
        guard let id = request.parameters.get("practice"),
              let practice = PracticeLibrary.bundled.practices.first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "There is no such practice.")
        }
        return practice
    }

    struct DonePage: Encodable {
        let title: String
        let csrf: String
        let closing: String
        let dangerous: Bool
        let next: String
        let nextLabel: String
        let reframe: String?
    }

    func submit(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let practice = try practice(request)
        let parts = try await request.store.parts.parts(ownedBy: user.id)
        let form = try request.content.decode([String: FormValue].self)
        var session = PracticeSession(ownerID: user.id, practice: practice)
        var issues: [ValidationIssue] = []
        for step in practice.steps {
            do {
                session.answers[step.id] = try PracticesController.answer(for: step, in: form, parts: parts)
            } catch {
                if case .invalid(let found) = error { issues += found }
            }
        }
        if !issues.isEmpty {
            return try await runner(request, message: HearthError.invalid(issues).description)
                .encodeResponse(status: .badRequest, for: request)
        }
        let share = form["share"] != nil
        let finished = try await PracticeService(store: request.store).finish(session)
        var page = DonePage(title: practice.title, csrf: request.csrfToken, closing: practice.closing, dangerous: false,
                            next: "/practices", nextLabel: "More practices", reframe: nil)
        switch finished {
        case .pause(let pause):
            page = DonePage(title: "Pause saved", csrf: request.csrfToken, closing: practice.closing,
                            dangerous: pause.disclosesDanger, next: "/pauses", nextLabel: "Your pauses",
                            reframe: pause.analysis?.stance == .fromPart ? pause.analysis?.reframe : nil)
            if share && !pause.disclosesDanger {
                try await PauseService(store: request.store).setShared(pause.id, of: user.id, true)
            }
        case .checkIn(let checkIn):
            page = DonePage(title: "Check-in saved", csrf: request.csrfToken, closing: practice.closing,
                            dangerous: checkIn.noteDisclosesDanger, next: "/checkins", nextLabel: "See your check-ins",
                            reframe: nil)
            if share && !checkIn.noteDisclosesDanger {
                try await CheckInService(store: request.store).setNoteShared(checkIn.id, of: user.id, true)
            }
        case .session:
            break
        }
        return try await request.view.render("practice-done", page).encodeResponse(for: request)
    }

    /// A form value: one string, or several (checkboxes).
    enum FormValue: Decodable {
        case one(String)
        case many([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let many = try? container.decode([String].self) {
                self = .many(many)
            } else {
                self = .one(try container.decode(String.self))
            }
        }

        var values: [String] {
            switch self {
            case .one(let value): [value]
            case .many(let values): values
            }
        }

        var text: String { values.first ?? "" }
    }

    /// The answer to one step from the submitted form, checked by the same parser as the command line.
    static func answer(for step: PracticeStep, in form: [String: FormValue], parts: [Part]) throws(HearthError)
        -> PracticeAnswer {
        let parser = StepAnswerParser(parts: parts)
        switch step.kind {
        case .part:
            var choices: [PartChoice] = (form[step.id]?.values ?? []).compactMap { value in
                UUID(uuidString: value).flatMap { id in parts.contains { $0.id == id } ? .existing(id) : nil }
            }
            let typed = form["\(step.id)_new"]?.text ?? ""
            if !typed.trimmingCharacters(in: .whitespaces).isEmpty {
                if case .parts(let named) = try parser.answer(typed, for: step) { choices += named }
            }
            if choices.isEmpty {
                if step.isOptional { return .skipped }
                throw .invalid(step.id, "pick a part or name a new one")
            }
            return .parts(choices)
        case .selfEnergy:
            let qualities = step.qualities ?? SelfQuality.allCases
            let typed = qualities.map { form["\(step.id)_\($0.rawValue)"]?.text ?? "" }
            if typed.allSatisfy({ $0.isEmpty }) && step.isOptional { return .skipped }
            return try parser.answer(typed.joined(separator: " "), for: step)
        case .choice:
            return try parser.answer((form[step.id]?.values ?? []).joined(separator: ","), for: step)
        default:
            return try parser.answer(form[step.id]?.text ?? "", for: step)
        }
    }
}
