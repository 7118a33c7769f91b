import HearthLanguage
import Vapor

/// The coach: a page that analyses as you type, and the JSON endpoint behind it.
struct CoachController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("coach") { request in try await page(request) }
        routes.on(.POST, "api", "v1", "analyze", body: .collect(maxSize: "1mb")) { request in try analyze(request) }
    }

    struct CoachPage: Encodable {
        let title = "Coach"
        let csrf: String
        let signedIn: Bool
        let feelings = Vocabulary.feelings
        let needs = Vocabulary.needs
        let fauxFeelings = Vocabulary.fauxFeelings.map {
            Faux(word: $0.word, feelings: $0.feelings.joined(separator: ", "), needs: $0.needs.joined(separator: ", "))
        }
    }

    /// A faux feeling in the picker, with what may lie beneath it.
    struct Faux: Encodable {
        let word: String
        let feelings: String
        let needs: String
    }

    func page(_ request: Request) async throws -> View {
        try await request.view.render("coach", CoachPage(csrf: request.csrfToken, signedIn: request.signedIn != nil))
    }

    /// What the page sends: the message, who says it, and what the partner said before.
    struct AnalyzeRequest: Content {
        var text: String
        var role: Role?
        var context: String?
    }

    /// The analysis as JSON (the same fields as `hearth analyze --jsonl`). Nothing is stored or logged.
    func analyze(_ request: Request) throws -> Response {
        let body = try request.content.decode(AnalyzeRequest.self)
        let analysis = Analyzer.shared.analyze(body.text, role: body.role ?? .speaker, context: body.context)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: analysis.json()))
    }
}
