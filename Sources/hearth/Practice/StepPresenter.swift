import HearthCore

/// How a practice step reads in the terminal.
struct StepPresenter {
    let style: TerminalStyle

    func lines(for step: PracticeStep, number: Int, of total: Int, offeredParts: [Part]) -> [String] {
        var lines = ["", style.bold("\(number)/\(total)  \(step.text)")]
        if let hint = step.hint { lines.append(style.dim("   \(hint)")) }
        switch step.kind {
        case .prompt, .analyzed:
            break
        case .choice:
            for (index, option) in (step.options ?? []).enumerated() { lines.append("   \(index + 1). \(option)") }
            lines.append(style.dim(step.allowsMultiple ? "   Type one or more numbers, e.g. 1,3." : "   Type a number."))
        case .scale:
            let range = step.scaleRange
            lines.append(style.dim("   \(range.lowerBound) = \(step.low ?? "least")  ...  \(range.upperBound) = \(step.high ?? "most")"))
        case .timer:
            lines.append(style.dim("   Press Enter to start the \(Console.clock(step.seconds ?? 60)) timer, or type 'skip'."))
        case .part:
            for (index, part) in offeredParts.enumerated() { lines.append("   \(index + 1). \(part.name) (\(part.role.rawValue))") }
            var help = offeredParts.isEmpty ? "   Type a name for the part." : "   Type a number or a name."
            if step.allowsMultiple { help += " Several: separate with commas." }
            if step.allowsNewPart && !offeredParts.isEmpty { help += " A new name adds a new part." }
            lines.append(style.dim(help))
        case .selfEnergy:
            let qualities = (step.qualities ?? SelfQuality.allCases).map(\.rawValue)
            lines.append(style.dim("   Give a number from 0 to 10 for each of: \(qualities.joined(separator: ", ")) (e.g. "
                                   + qualities.map { _ in "5" }.joined(separator: " ") + ")."))
        }
        if step.isOptional && step.kind != .timer { lines.append(style.dim("   (Press Enter to skip.)")) }
        return lines
    }
}
