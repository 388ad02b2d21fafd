import Foundation
import Testing
import UptakeCore
import UptakeDemo

@Suite("Demo conversions against the ground truth")
struct DemoTerritoryGeneratorOutcomesTests {
    @Test("conversions: at most one per lead, inside the 90-day window, before today, valued")
    func window() throws {
        let territory = try sharedTerritory.get()
        let leads = Dictionary(uniqueKeysWithValues: territory.leads.map { ($0.id, $0) })
        #expect(Set(territory.conversions.map(\.lead)).count == territory.conversions.count)
        for conversion in territory.conversions {
            let lead = try #require(leads[conversion.lead])
            #expect(conversion.id.rawValue.hasPrefix("demo-conversion-"))
            #expect(conversion.date >= lead.createdAt)
            #expect(conversion.date < lead.createdAt.addingTimeInterval(DemoTerritory.labelWindow))
            #expect(conversion.date < territory.asOf)
            #expect(conversion.value > 0)
        }
    }

    /// The conversion count among resolved leads is a sum of independent Bernoulli(p_i): mean Σp_i,
    /// variance Σp_i(1 − p_i). Four standard deviations, for each of three seeds.
    @Test("the conversion rate among resolved leads matches the mean ground-truth probability",
          arguments: [UInt64(1), 2, 3])
    func calibrated(seed: UInt64) throws {
        let territory =
            seed == 1 ? try sharedTerritory.get()
            : try DemoTerritoryGenerator(DemoTerritoryConfiguration(seed: seed)).generate()
        let labels = territory.labels()
        var expected = 0.0
        var variance = 0.0
        var observed = 0
        for lead in territory.leads {
            guard let label = labels[lead.id] else { continue }
            let p = try DemoGroundTruth.probability(of: lead, reps: territory.reps)
            expected += p
            variance += p * (1 - p)
            if label { observed += 1 }
        }
        #expect(abs(Double(observed) - expected) < 4 * variance.squareRoot(),
                "observed \(observed), expected \(expected) ± \(variance.squareRoot())")
        let rate = Double(observed) / Double(labels.count)
        #expect((0.10...0.15).contains(rate), "base rate \(rate)")
    }

    @Test("the ground truth ranks the resolved leads with an AUC between 0.75 and 0.85")
    func groundTruthAUC() throws {
        let territory = try sharedTerritory.get()
        let labels = territory.labels()
        var scores: [Double] = []
        var outcomes: [Bool] = []
        var all: [Double] = []
        for lead in territory.leads {
            let p = try DemoGroundTruth.probability(of: lead, reps: territory.reps)
            all.append(p)
            guard let label = labels[lead.id] else { continue }
            scores.append(p)
            outcomes.append(label)
        }
        let observed = rankAUC(scores: scores, labels: outcomes)
        let expected = expectedAUC(probabilities: all)
        #expect((0.75...0.85).contains(observed), "observed AUC \(observed)")
        #expect((0.75...0.85).contains(expected), "expected AUC \(expected)")
    }

    @Test("leads created in the last 90 days are unresolved and absent from the labels")
    func unresolved() throws {
        let territory = try sharedTerritory.get()
        let labels = territory.labels()
        let windowStart = territory.asOf.addingTimeInterval(-DemoTerritory.labelWindow)
        let recent = territory.leads.filter { $0.createdAt > windowStart }
        #expect(!recent.isEmpty)
        #expect(recent.allSatisfy { !territory.isResolved($0) && labels[$0.id] == nil })
        #expect(labels.count == territory.leads.count - recent.count)
    }
}
