import HearthLanguage

/// The coach's report on one message, for a person reading a terminal.
///
/// When the message suggests the person may be in danger, help comes first.
struct CoachReport {
    let analysis: Analysis
    let style: TerminalStyle

    func render() -> String {
        var lines: [String] = []
        if analysis.safety.needsHelpFirst { lines += helpFirst() + [""] }
        lines.append(highlightedMessage())
        lines.append("")
        lines.append(style.bold(summary()))
        for item in analysis.evidence {
            lines.append("  - \(item.sentence(in: analysis.text))")
        }
        if let reframe = analysis.reframe {
            lines += ["", style.bold("Try saying it for the part:"), "  \(reframe)"]
        }
        for faux in analysis.fauxFeelings {
            lines += ["", "'\(faux.word)' says what they did. Underneath, maybe: \(faux.feelings.joined(separator: ", ")). "
                + "Needs: \(faux.needs.joined(separator: ", "))."]
        }
        if let invitation = analysis.invitation {
            lines += ["", style.dim("A question to go deeper: \(invitation)")]
        }
        return lines.joined(separator: "\n")
    }

    private func summary() -> String {
        var parts: [String] = []
        switch analysis.stance {
        case .fromPart: parts.append("Speaking from a part")
        case .forPart: parts.append("Speaking for a part")
        case .neutral: parts.append("Neutral")
        }
        if !analysis.strategies.isEmpty {
            parts.append("protector: " + analysis.strategies.map { $0.rawValue.replacingUnderscores() }.joined(separator: ", "))
        }
        parts.append(analysis.depth == .experience
            ? "sharing experience: " + analysis.experience.map(\.rawValue).joined(separator: ", ")
            : "surface sharing")
        if let listening = analysis.listening { parts.append("listening: " + listening.rawValue.replacingUnderscores()) }
        return parts.joined(separator: " · ")
    }

    private func highlightedMessage() -> String {
        let ranges = analysis.evidence.map(\.utf8Range).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        let bytes = Array(analysis.text.utf8)
        var result = "  "
        var position = 0
        for range in ranges where range.lowerBound >= position {
            result += String(decoding: bytes[position..<range.lowerBound], as: UTF8.self)
            result += style.highlight(String(decoding: bytes[range], as: UTF8.self))
            position = range.upperBound
        }
        result += String(decoding: bytes[position...], as: UTF8.self)
        return result
    }

    private func helpFirst() -> [String] {
        var lines = [style.warning("Before anything else: you matter, and help is here."),
                     "  Anywhere in the world: findahelpline.com lists free, confidential lines.",
                     "  US: call or text 988.   UK and Ireland: Samaritans, 116 123."]
        if analysis.safety == .abuse {
            lines += ["  If there is violence or fear in your relationship: National Domestic Violence Hotline",
                      "  1-800-799-7233, or text START to 88788.",
                      "  Couples exercises are not advised where there is violence or fear; your safety comes first."]
        } else {
            lines.append("  If you are in danger right now, call your local emergency number.")
        }
        return lines
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
