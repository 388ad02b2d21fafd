import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports

/// `uptake funnel`: the adoption funnel from the ledger.
struct FunnelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel",
        abstract: "Adoption funnel from the ledger: shown, accepted, visited, converted, and dismissal reasons.",
        discussion: """
            A suggestion counts in the period holding its first event (usually when it was shown), with all \
            its later events. Corrections are applied (superseded and retracted events do not count). A visit \
            recorded more than --radius metres from the lead is counted and flagged, never dropped. Rates: \
            accepted/shown, visited/accepted, converted/visited.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Rows per rep or per team (default: the total only).")
    var by: FunnelGrouping?

    @Option(help: ArgumentHelp("First day, YYYY-MM-DD (UTC), included.", valueName: "day"))
    var from: DayArgument?

    @Option(help: ArgumentHelp("Last day, YYYY-MM-DD (UTC), included.", valueName: "day"))
    var to: DayArgument?

    @Option(help: "Visits farther than this many metres from the lead are flagged.")
    var radius = VisitLocationCheck.defaultRadiusMetres

    @Flag(help: "Print JSON: grouping, from, to, radius_metres, rows, total.")
    var json = false

    func validate() throws {
        if let from, let to, to.start < from.start { throw ValidationError("--to \(to) is before --from \(from)") }
        guard radius > 0 else { throw ValidationError("--radius must be positive") }
    }

    func run() async throws {
        let grouping = by ?? .total, from = from?.start, to = to?.end, radius = radius
        let funnel = try await database.withRepository { repository in
            try await AdoptionFunnel.load(
                from: repository, grouping: grouping, from: from, to: to, check: VisitLocationCheck(radiusMetres: radius))
        }
        print(try json ? Self.json(funnel) : Self.table(funnel))
    }

    /// The funnel as sorted-key JSON.
    static func json(_ funnel: AdoptionFunnel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(funnel), as: UTF8.self)
    }

    /// The funnel as a text table with the dismissal reasons under it.
    static func table(_ funnel: AdoptionFunnel) -> String {
        func percent(_ rate: Double?) -> String { rate.map { String(format: "%.0f%%", $0 * 100) } ?? "-" }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
        }
        let rows = funnel.grouping == .total ? [funnel.total] : funnel.rows + [funnel.total]
        let width = max(8, rows.map(\.group.count).max() ?? 0)
        var lines = [
            "group".padding(toLength: width, withPad: " ", startingAt: 0)
                + "   shown  accepted       dismissed  visited (flagged)  converted        value",
        ]
        for row in rows {
            lines.append(row.group.padding(toLength: width, withPad: " ", startingAt: 0)
                + pad("\(row.shown)", 8) + pad("\(row.accepted)", 10) + pad(percent(row.acceptanceRate), 6)
                + pad("\(row.dismissed)", 10) + pad("\(row.visited)", 9) + pad("(\(row.visitsFlagged))", 10)
                + pad("\(row.converted)", 11) + pad(String(format: "%.2f", row.convertedValue), 13))
        }
        let reasons = funnel.total.dismissalReasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        lines.append("Dismissal reasons: " + (reasons.isEmpty ? "none"
            : reasons.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}

extension FunnelGrouping: ExpressibleByArgument {}
