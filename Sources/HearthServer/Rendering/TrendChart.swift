/// A small line chart drawn as SVG on the server: one foundation (or intimate sharing) over the
/// last check-ins, one line per partner, with the scale marked.
struct TrendChart {
    struct Line {
        let name: String
        let values: [Int]
        /// The CSS class that colours it ("mine" or "partner").
        let style: String
    }

    let title: String
    let lines: [Line]
    let maximum: Int

    static let width = 320.0
    static let height = 130.0
    static let margin = 24.0

    func render() -> String {
        let plotWidth = TrendChart.width - 2 * TrendChart.margin
        let plotHeight = TrendChart.height - 2 * TrendChart.margin
        let longest = max(lines.map(\.values.count).max() ?? 0, 2)
        func x(_ index: Int) -> Double { TrendChart.margin + Double(index) / Double(longest - 1) * plotWidth }
        func y(_ value: Int) -> Double {
            TrendChart.margin + (1 - Double(value) / Double(max(maximum, 1))) * plotHeight
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.number(TrendChart.width)) "
            + "\(SVG.number(TrendChart.height))\" role=\"img\" class=\"trend\" aria-label=\"\(SVG.escape(description))\">"
        svg += "<text x=\"\(SVG.number(TrendChart.margin))\" y=\"14\" class=\"chart-title\">\(SVG.escape(title))</text>"
        for value in [0, maximum] {
            svg += "<line x1=\"\(SVG.number(TrendChart.margin))\" x2=\"\(SVG.number(TrendChart.width - TrendChart.margin))\" "
                + "y1=\"\(SVG.number(y(value)))\" y2=\"\(SVG.number(y(value)))\" class=\"grid\"/>"
            svg += "<text x=\"4\" y=\"\(SVG.number(y(value) + 4))\" class=\"axis\">\(value)</text>"
        }
        for line in lines where !line.values.isEmpty {
            let points = line.values.enumerated().map { "\(SVG.number(x($0.offset))),\(SVG.number(y($0.element)))" }
            svg += "<polyline points=\"\(points.joined(separator: " "))\" class=\"line \(line.style)\"/>"
            for (index, value) in line.values.enumerated() {
                svg += "<circle cx=\"\(SVG.number(x(index)))\" cy=\"\(SVG.number(y(value)))\" r=\"3\" class=\"dot \(line.style)\"/>"
            }
        }
        return svg + "</svg>"
    }

    /// The chart in words, for screen readers.
    var description: String {
        title + ": " + lines.map { line in
            "\(line.name) " + (line.values.isEmpty ? "no check-ins yet" : line.values.map(String.init).joined(separator: ", "))
        }.joined(separator: "; ")
    }
}
