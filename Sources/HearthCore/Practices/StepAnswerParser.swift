/// Turns what a person typed for a step into an answer, with a clear error for bad values. The
/// command line and the web's forms both give text, so both use this.
public struct StepAnswerParser: Sendable {
    /// The person's parts, for part steps (by name or by 1-based number in this order).
    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The parts a part step offers, in the order their numbers refer to.
    public func offeredParts(for step: PracticeStep) -> [Part] {
        guard let role = step.role else { return parts }
        return parts.filter { $0.role == role }
    }

    public func answer(_ input: String, for step: PracticeStep) throws(HearthError) -> PracticeAnswer {
        let trimmed = input.trimmingWhitespace()
        if trimmed.isEmpty && step.kind != .timer {
            if step.isOptional { return .skipped }
            throw .invalid(step.id, "this step needs an answer")
        }
        var checker = TextRules.Checker()
        switch step.kind {
        case .prompt:
            let text = checker.text(trimmed, field: step.id)
            try checker.check()
            return .text(text)
        case .analyzed:
            let text = checker.text(trimmed, field: step.id)
            try checker.check()
            return .analyzed(text, .of(text))
        case .scale:
            guard let value = Int(trimmed) else { throw .invalid(step.id, "type a whole number") }
            checker.range(value, step.scaleRange, field: step.id)
            try checker.check()
            return .number(value)
        case .timer:
            return .timer(Int(trimmed) ?? step.seconds ?? 0)
        case .choice:
            return .choices(try choices(trimmed, for: step))
        case .part:
            return .parts(try partChoices(trimmed, for: step))
        case .selfEnergy:
            return .selfEnergy(try selfEnergy(trimmed, for: step))
        }
    }

    /// Options by number ("2" or "1,3") or by their text.
    func choices(_ input: String, for step: PracticeStep) throws(HearthError) -> [String] {
        let options = step.options ?? []
        var picked: [String] = []
        for item in input.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !item.isEmpty {
            if let number = Int(item), options.indices.contains(number - 1) {
                picked.append(options[number - 1])
            } else if let option = options.first(where: { $0.lowercased() == item.lowercased() }) {
                picked.append(option)
            } else {
                throw .invalid(step.id, "'\(item)' is not one of the options 1–\(options.count)")
            }
        }
        if picked.count > 1 && !step.allowsMultiple { throw .invalid(step.id, "pick one option") }
        if picked.isEmpty { throw .invalid(step.id, "pick an option") }
        return picked
    }

    /// Parts by number or name; an unknown name is a new part when the step allows it.
    func partChoices(_ input: String, for step: PracticeStep) throws(HearthError) -> [PartChoice] {
        let offered = offeredParts(for: step)
        var picked: [PartChoice] = []
        var checker = TextRules.Checker()
        for item in input.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !item.isEmpty {
            if let number = Int(item) {
                guard offered.indices.contains(number - 1) else {
                    throw .invalid(step.id, "there is no part number \(number)")
                }
                picked.append(.existing(offered[number - 1].id))
            } else if let part = parts.first(where: { $0.name.lowercased() == item.lowercased() }) {
                picked.append(.existing(part.id))
            } else if step.allowsNewPart {
                picked.append(.new(name: checker.name(item, field: step.id), role: step.role ?? .unknown))
            } else {
                throw .invalid(step.id, "you have no part named '\(item)'")
            }
        }
        try checker.check()
        picked = picked.enumerated().filter { index, choice in
            !picked[..<index].contains { PracticeService.samePart($0, choice) }
        }.map(\.element)
        if picked.isEmpty { throw .invalid(step.id, "name or pick a part") }
        if picked.count > 1 && !step.allowsMultiple { throw .invalid(step.id, "pick one part") }
        return picked
    }

    /// "4 6 5" in the step's order of qualities, or "calm=4,curiosity=6".
    func selfEnergy(_ input: String, for step: PracticeStep) throws(HearthError) -> SelfEnergyReading {
        if input.contains("=") { return try SelfEnergyReading(parsing: input) }
        let qualities = step.qualities ?? SelfQuality.allCases
        let numbers = input.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
        guard numbers.count == qualities.count, numbers.allSatisfy({ $0 != nil }) else {
            throw .invalid(step.id, "give \(qualities.count) numbers from 0 to 10, for "
                           + qualities.map(\.rawValue).joined(separator: ", "))
        }
        return try SelfEnergyReading(parsing: zip(qualities, numbers).map { "\($0.rawValue)=\($1!)" }
            .joined(separator: ","))
    }
}
