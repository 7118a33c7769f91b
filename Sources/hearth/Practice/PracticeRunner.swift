import Foundation
import HearthCore
import HearthLanguage

/// Runs a practice for one person: step by step in a terminal (saving a draft after every
/// answer, resuming it next time), or all at once from answers given as options.
struct PracticeRunner {
    let practice: Practice
    let user: User
    let workspace: Workspace

    var service: PracticeService { PracticeService(store: workspace.store) }

    /// Runs the practice interactively. Returns nil when the person stopped before the end.
    func runInteractively(console: Console, resumeCommand: String) async throws -> PracticeService.Finished? {
        let style = console.style
        console.say(style.bold(practice.title) + style.dim("  · about \(practice.minutes) minutes"))
        console.say(practice.summary)
        var session = PracticeSession(ownerID: user.id, practice: practice)
        if let draft = try await service.draft(of: practice, owner: user.id) {
            let answered = practice.steps.filter { draft.answers[$0.id] != nil }.count
            console.say("")
            console.say("You have an unfinished run from \(draft.startedAt.formatted(date: .abbreviated, time: .shortened)) "
                        + "(\(answered) of \(practice.steps.count) steps answered).")
            let reply = console.ask("Continue it? [Y/n] ")?.lowercased() ?? "y"
            if reply.hasPrefix("n") {
                try await service.discard(draft)
            } else {
                session = draft
            }
        }
        console.onInterrupt("Stopped. What you answered so far is saved; run '\(resumeCommand)' to continue.")
        let presenter = StepPresenter(style: style)
        while let step = session.nextStep(in: practice) {
            let parts = try await workspace.store.parts.parts(ownedBy: user.id).sorted { $0.createdAt < $1.createdAt }
            let parser = StepAnswerParser(parts: parts)
            let number = (practice.steps.firstIndex(of: step) ?? 0) + 1
            presenter.lines(for: step, number: number, of: practice.steps.count, offeredParts: parser.offeredParts(for: step))
                .forEach(console.say)
            guard let answer = try read(step, parser: parser, console: console) else {
                console.say("\nStopped. What you answered so far is saved; run '\(resumeCommand)' to continue.")
                return nil
            }
            session = try await service.answer(answer, step: step.id, in: session)
        }
        console.stopHandlingInterrupt()
        let finished = try await service.finish(session)
        console.say("")
        console.say(practice.closing)
        return finished
    }

    /// Reads one step's answer, asking again after a bad value; nil at the end of input.
    private func read(_ step: PracticeStep, parser: StepAnswerParser, console: Console) throws -> PracticeAnswer? {
        while true {
            if step.kind == .timer {
                guard let reply = console.ask() else { return nil }
                if reply.lowercased() == "skip" { return .timer(0) }
                return .timer(console.countdown(step.seconds ?? 60))
            }
            guard let input = console.ask() else { return nil }
            do {
                let answer = try parser.answer(input, for: step)
                if case .analyzed(let text, _) = answer {
                    return reviewed(text, step: step, console: console)
                }
                return answer
            } catch {
                console.say(console.style.warning(CommandFailure.message(for: error)) + " Try again:")
            }
        }
    }

    /// Shows the coach's reading of an analysed answer and lets the person keep it, take the
    /// suggestion, or write it again.
    private func reviewed(_ text: String, step: PracticeStep, console: Console) -> PracticeAnswer? {
        var text = text
        while true {
            let analysis = Analyzer.shared.analyze(text, role: .speaker)
            console.say("")
            console.say(CoachReport(analysis: analysis, style: console.style).render())
            guard analysis.stance == .fromPart, let reframe = analysis.reframe else {
                return .analyzed(text, StoredAnalysis(analysis))
            }
            console.say("")
            console.say("Enter keeps your words; 's' takes the suggestion; or write it again:")
            guard let reply = console.ask() else { return nil }
            let trimmed = reply.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return .analyzed(text, StoredAnalysis(analysis)) }
            if trimmed.lowercased() == "s" { return .analyzed(reframe, .of(reframe)) }
            text = trimmed
        }
    }

    /// Runs the practice from answers given up front (step id to typed value), reporting every
    /// bad value at once. Steps in `required` (by default every step that is not optional) must
    /// have a value; others left out are skipped. Timers are not waited out.
    func runScripted(_ values: [String: String], required: Set<String>? = nil) async throws -> PracticeService.Finished {
        let known = Set(practice.steps.map(\.id))
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            throw CommandFailure("'\(unknown)' is not a step of \(practice.id); its steps are: "
                                 + practice.steps.map(\.id).joined(separator: ", "))
        }
        let required = required ?? Set(practice.steps.filter { !$0.isOptional }.map(\.id))
        let parts = try await workspace.store.parts.parts(ownedBy: user.id).sorted { $0.createdAt < $1.createdAt }
        let parser = StepAnswerParser(parts: parts)
        var session = PracticeSession(ownerID: user.id, practice: practice)
        var issues: [ValidationIssue] = []
        for step in practice.steps {
            guard let value = values[step.id] else {
                if step.kind == .timer {
                    session.answers[step.id] = .timer(0)
                } else if required.contains(step.id) {
                    issues.append(ValidationIssue(field: step.id, message: "is missing"))
                } else {
                    session.answers[step.id] = .skipped
                }
                continue
            }
            do {
                session.answers[step.id] = try parser.answer(value, for: step)
            } catch {
                if case .invalid(let found) = error { issues += found }
            }
        }
        if !issues.isEmpty { throw HearthError.invalid(issues) }
        return try await service.finish(session)
    }
}
