import Foundation
import UptakeCore

extension DemoTerritoryGenerator {
    /// The conversions, drawn from the ground truth.
    ///
    /// Each lead is one Bernoulli trial with probability ``DemoGroundTruth/probability(of:reps:)``;
    /// on success the deal closes at a time uniform in the 90 days after `createdAt`, so
    /// P(converted within 90 days of createdAt) equals the ground truth exactly. Conversions dated
    /// on or after the territory's `asOf` have not happened yet and are left out: for leads created
    /// in the last 90 days the label is unresolved (see ``DemoTerritory/isResolved(_:)``).
    /// The deal's value is the lead's expected value times a log-normal factor with mean 1.
    /// Visits play no part: the outcome depends only on the lead's attributes, owner and tier.
    func makeConversions(leads: [Lead], reps: [Rep], clock: DemoClock) throws -> [Conversion] {
        var random = randomStream(7)
        var conversions: [Conversion] = []
        let width = max(5, String(leads.count).count)
        for lead in leads {
            let probability = try DemoGroundTruth.probability(of: lead, reps: reps)
            // Always draw all three numbers so that one lead's outcome never shifts another's.
            let trial = random.nextUnit()
            let delay = random.nextUnit() * DemoTerritory.labelWindow
            let valueNoise = exp(0.25 * random.nextGaussian() - 0.25 * 0.25 / 2)
            guard trial < probability else { continue }
            let date = lead.createdAt.addingTimeInterval(delay)
            guard date < clock.asOf else { continue }
            conversions.append(
                try Conversion(
                    id: ConversionID(Self.id("conversion", conversions.count + 1, width: width)), lead: lead.id,
                    date: date, value: (lead.expectedValue * valueNoise / 10).rounded() * 10))
        }
        return conversions
    }
}
