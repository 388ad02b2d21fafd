import Foundation
import Testing
import UptakeCore

@Suite("SimulatedRepBehaviour")
struct SimulatedRepBehaviourTests {
    @Test func plantsTheDocumentedRatesAndWritesAValidLedger() throws {
        let lead = try GeoPoint(latitude: 40, longitude: -83)
        let suggestions = (0..<20_000).map { index in
            SimulatedRepBehaviour.Suggestion(
                id: "s\(index)", rep: RepID("rep-\(index % 10)"), lead: LeadID("lead-\(index)"), location: lead,
                plannedArrival: LedgerFixtures.at(Double(index % 500)), value: 1_000)
        }
        var generator = SeededGenerator(seed: 42)
        let behaviour = SimulatedRepBehaviour.demo
        let events = try behaviour.events(for: suggestions, using: &generator)
        let history = try LedgerHistory(events)  // every correction names an earlier event
        let funnel = AdoptionFunnel(outcomes: history.outcomes, grouping: .total).total
        #expect(funnel.shown == 20_000)
        // Binomial standard errors at n = 20,000: acceptance 0.0035, conversion 0.0012; 4 SE bounds.
        #expect(abs(Double(funnel.accepted) / 20_000 - 0.55) < 0.014)
        #expect(abs(Double(funnel.converted) / 20_000 - behaviour.expectedConversionsPerSuggestion) < 0.005)
        #expect(abs(behaviour.expectedConversionsPerSuggestion - 0.02805) < 1e-12)
        #expect(abs(Double(funnel.visitsFlagged) / Double(funnel.visited) - 0.07) < 0.02)
        #expect(Set(funnel.dismissalReasons.keys) == Set(behaviour.reasonWeights.keys))
        let corrections = events.filter { $0.supersedes != nil }.count
        #expect(abs(Double(corrections) / Double(funnel.dismissed) - 0.05) < 0.015)
        #expect(history.eventsInForce.count == events.count - corrections)
        // The same seed gives the same ledger.
        var first = SeededGenerator(seed: 7), second = SeededGenerator(seed: 7)
        let some = Array(suggestions.prefix(100))
        #expect(try behaviour.events(for: some, using: &first) == behaviour.events(for: some, using: &second))
    }
}
