import ArgumentParser
import HearthCore

/// `hearth insights`: what the check-ins show, with a small text chart.
struct InsightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights",
        abstract: "See each foundation's trend, where you and your partner differ, and early warnings."
    )

    @OptionGroup var storage: StoreOptions

    func run() async throws {
        try await storage.withWorkspace { workspace in
            let user = try await workspace.currentUser()
            let insights = try await CheckInService(store: workspace.store).insights(for: user.id)
            let partner = try await PairingService(store: workspace.store).partner(of: user.id)
            print(InsightsText(insights: insights, partnerName: partner?.displayName,
                               style: TerminalStyle(colours: Terminal.isInteractive(Terminal.standardOutput))).render())
        }
    }
}

/// Insights as text: a sparkline per foundation, then divergence and the sharing warning.
struct InsightsText {
    let insights: Insights
    let partnerName: String?
    let style: TerminalStyle

    func render() -> String {
        guard !insights.sharing.series.isEmpty else {
            return "No check-ins yet. Make one with: hearth checkin"
        }
        var lines: [String] = []
        if let warning = insights.warning {
            lines += [style.warning("Early warning"), "  " + warning.message, ""]
        }
        lines.append(style.bold("Your last \(insights.sharing.series.count.counted("check-in"))")
                     + style.dim("  (oldest to newest)"))
        for foundation in IntimacyFoundation.allCases {
            if let trend = insights.foundations[foundation] {
                lines.append(row(foundation.title, trend, scale: 10))
            }
        }
        lines.append(row("intimate sharing", insights.sharing, scale: 7, unit: " days"))
        if let partnerName, let theirs = insights.partnerFoundations, let sharing = insights.partnerSharing,
           !sharing.series.isEmpty {
            lines += ["", style.bold("\(partnerName)'s check-ins")]
            for foundation in IntimacyFoundation.allCases {
                if let trend = theirs[foundation] { lines.append(row(foundation.title, trend, scale: 10)) }
            }
            lines.append(row("intimate sharing", sharing, scale: 7, unit: " days"))
        }
        if let widest = insights.divergences.first, let partnerName {
            lines += ["", style.bold("Where your views differ most")]
            for divergence in insights.divergences.prefix(2) {
                lines.append("  \(divergence.foundation.title): you \(format(divergence.mine)), \(partnerName) "
                             + "\(format(divergence.partners)) (a gap of \(format(divergence.gap)))")
            }
            if widest.gap >= 2 {
                lines.append(style.dim("  A gap is not a verdict: it is something to get curious about together."))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ label: String, _ trend: Insights.Trend, scale: Int, unit: String = "") -> String {
        let name = label.padding(toLength: 24, withPad: " ", startingAt: 0)
        let latest = trend.latest.map { "\($0)\(unit)" } ?? "-"
        let direction: String
        switch trend.direction {
        case .rising: direction = "rising"
        case .falling: direction = style.warning("falling")
        case .steady: direction = "steady"
        case .unknown: direction = style.dim("one check-in so far")
        }
        return "  \(name) \(InsightsText.sparkline(trend.series, scale: scale))  now \(latest), \(direction)"
    }

    /// One block character per value: ▁ for 0 up to █ for `scale`.
    static func sparkline(_ values: [Int], scale: Int) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        let line = values.map { value in
            blocks[min(blocks.count - 1, max(0, value) * (blocks.count - 1) / max(scale, 1))]
        }
        return String(line).padding(toLength: Insights.window, withPad: " ", startingAt: 0)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
