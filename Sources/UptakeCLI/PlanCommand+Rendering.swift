import Foundation
import UptakeCore
import UptakeStore

extension PlanCommand {
    /// Each rep's day as a table: time, stop, kind, extra minutes, explanation.
    func render(_ plans: [StoredPlan], frames: [RepID: Frame], skipped: [Skipped]) -> String {
        var blocks: [String] = []
        for stored in plans {
            let frame = frames[stored.rep]
            let explanations = Dictionary(uniqueKeysWithValues: stored.suggestions.map { ($0.position, $0) })
            var rows = [["time", "stop", "kind", "extra", "why"]]
            for (index, stop) in stored.plan.stops.enumerated() {
                let time = SuggestionExplanation.clock(stop.kind == .end ? stop.arrival : stop.start)
                switch stop.kind {
                case .start: rows.append([time, "start", "start", "", ""])
                case .end: rows.append([time, "end", "end", "", ""])
                case .lunch: rows.append([time, "lunch", "break", "", ""])
                case .appointment(let id):
                    rows.append([time, frame?.names[id] ?? id, "appointment", "", ""])
                case .suggestion(let lead):
                    let suggestion = explanations[index]
                    rows.append([
                        time, suggestion?.explanation.leadName ?? lead.rawValue, "suggested",
                        "+\(Int((stop.detour?.soloMinutes ?? 0).rounded()))",
                        suggestion?.explanation.text ?? "",
                    ])
                }
            }
            let title = "\(stored.rep) \(frame?.rep.name ?? "") — \(stored.day) — \(stored.summary) [\(stored.id)]"
            blocks.append(title + "\n" + Self.table(rows))
        }
        for skip in skipped {
            blocks.append("\(skip.rep): not planned — \(skip.reason)")
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Left-aligned columns, two spaces apart; the last column is not padded.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// "Planned 8 reps for 2026-11-24: 21 suggestions, mean +7.4 min each, $3,120 expected (values: tier prior)".
    static func summary(_ plans: [StoredPlan], day: CalendarDay, valueSource: CandidateValueSource, skipped: Int) -> String {
        let suggestions = plans.flatMap(\.suggestions)
        let added = suggestions.map(\.explanation.addedMinutes)
        let mean = added.isEmpty ? 0 : added.reduce(0, +) / Double(added.count)
        let value = plans.map(\.plan.value).reduce(0, +)
        let hidden = plans.filter { !$0.shown }.map(\.suggestions.count).reduce(0, +)
        return "Planned \(plans.count) rep\(plans.count == 1 ? "" : "s") for \(day): \(suggestions.count) suggestions, "
            + "mean +\(String(format: "%.1f", mean)) min each, \(SuggestionExplanation.dollars(value)) expected "
            + "(values: \(valueSource))" + (skipped > 0 ? "; \(skipped) rep(s) not planned (appointment conflicts)" : "")
            + (hidden > 0 ? "; \(hidden) of them logged but not shown (pilot control reps)" : "")
    }
}
