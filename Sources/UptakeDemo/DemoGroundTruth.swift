import Foundation
import UptakeCore

/// The ground-truth propensity behind the demo territory's conversions: a logistic model written down
/// here so that a model trained on the demo data can be checked against the truth.
///
/// For every demo lead, P(converted within 90 days after `createdAt`) is exactly
/// ``probability(of:reps:)``: the generator draws each lead's outcome as one Bernoulli trial with this
/// probability and, on success, a conversion date uniform inside the window.
///
/// The model (natural logarithms; x⁺ = max(x, 0)):
///
///     logit p = intercept
///             + agentsCoefficient · ln(agents)
///             + lineOfBusinessEffect[line of business]
///             + tenureCoefficient · min(years, 15) / 15  +  oldAgencyCoefficient · (years − 30)⁺ / 10
///             + recencyCoefficient · ln(1 + days since last contact (as of createdAt) / 30)
///             + distanceCoefficient · (km from the owner rep's base) / 10     (owned leads)
///             + unassignedEffect                                               (unassigned leads)
///             + tierEffect[tier]
///
/// With the generator's attribute distributions, the base rate is about 12% (mean probability 0.118-0.125
/// for seeds 1-6) and the best possible ROC AUC, scoring by this probability, about 0.79-0.80 (expected
/// AUC over Bernoulli outcomes; 0.80 measured on seed 1's resolved leads). The tests check 10-15% and
/// 0.75-0.85.
public enum DemoGroundTruth {
    /// What the propensity depends on, read from a lead.
    public struct Inputs: Hashable, Sendable {
        /// Licensed agents (size).
        public var agents: Double
        /// Main line of business.
        public var lineOfBusiness: DemoLineOfBusiness
        /// Years in business (tenure).
        public var yearsInBusiness: Double
        /// Days from the last contact to the lead's `createdAt` (recency).
        public var daysSinceLastContact: Double
        /// Great-circle kilometres from the owner rep's base; nil for an unassigned lead.
        public var ownerDistanceKilometres: Double?
        /// The lead's tier.
        public var tier: LeadTier

        /// Makes inputs.
        ///
        /// - Parameters:
        ///   - agents: Licensed agents, at least 1.
        ///   - lineOfBusiness: Main line of business.
        ///   - yearsInBusiness: Years in business.
        ///   - daysSinceLastContact: Days from the last contact to `createdAt`.
        ///   - ownerDistanceKilometres: Kilometres from the owner's base, nil when unassigned.
        ///   - tier: The tier.
        public init(
            agents: Double, lineOfBusiness: DemoLineOfBusiness, yearsInBusiness: Double,
            daysSinceLastContact: Double, ownerDistanceKilometres: Double?, tier: LeadTier
        ) {
            self.agents = agents
            self.lineOfBusiness = lineOfBusiness
            self.yearsInBusiness = yearsInBusiness
            self.daysSinceLastContact = daysSinceLastContact
            self.ownerDistanceKilometres = ownerDistanceKilometres
            self.tier = tier
        }
    }

    /// The constant term.
    public static let intercept = -2.75
    /// Per unit of ln(agents): bigger agencies convert more.
    public static let agentsCoefficient = 0.7
    /// Per line of business (personal lines is the reference).
    public static let lineOfBusinessEffect: [DemoLineOfBusiness: Double] = [
        .personal: 0, .commercial: 0.55, .life: -0.45, .health: -0.75, .mixed: 0.75,
    ]
    /// Rises over the first 15 years in business, then flat.
    public static let tenureCoefficient = 1.2
    /// Per decade beyond 30 years in business: old agencies are set in their ways.
    public static let oldAgencyCoefficient = -0.4
    /// Per unit of ln(1 + days since last contact / 30): cold relationships convert less.
    public static let recencyCoefficient = -1.0
    /// Per 10 km between the owner rep's base and the agency.
    public static let distanceCoefficient = -0.15
    /// For leads no rep owns.
    public static let unassignedEffect = -1.0
    /// Per tier (bronze is the reference).
    public static let tierEffect: [LeadTier: Double] = [.gold: 0.5, .silver: 0.25, .bronze: 0]

    /// The log-odds of converting within 90 days.
    ///
    /// - Parameter inputs: What the propensity depends on.
    /// - Returns: logit p, as in the model above.
    public static func logit(_ inputs: Inputs) -> Double {
        var z = intercept
        z += agentsCoefficient * log(max(inputs.agents, 1))
        z += lineOfBusinessEffect[inputs.lineOfBusiness] ?? 0
        let years = max(inputs.yearsInBusiness, 0)
        z += tenureCoefficient * min(years, 15) / 15 + oldAgencyCoefficient * max(years - 30, 0) / 10
        z += recencyCoefficient * log1p(max(inputs.daysSinceLastContact, 0) / 30)
        if let kilometres = inputs.ownerDistanceKilometres {
            z += distanceCoefficient * kilometres / 10
        } else {
            z += unassignedEffect
        }
        z += tierEffect[inputs.tier] ?? 0
        return z
    }

    /// The probability of converting within 90 days.
    ///
    /// - Parameter inputs: What the propensity depends on.
    /// - Returns: 1 / (1 + e^(−logit)).
    public static func probability(_ inputs: Inputs) -> Double {
        1 / (1 + exp(-logit(inputs)))
    }

    /// The probability that a demo lead converts within 90 days after its `createdAt`.
    ///
    /// - Parameters:
    ///   - lead: A lead made by ``DemoTerritoryGenerator``.
    ///   - reps: The territory's reps (to find the owner's base).
    /// - Returns: The ground-truth probability.
    /// - Throws: ``DemoDataError`` `.notDemoLead` when the lead lacks a demo attribute or its owner is
    ///   not among `reps`.
    public static func probability(of lead: Lead, reps: [Rep]) throws -> Double {
        probability(try inputs(of: lead, reps: reps))
    }

    /// Reads the propensity's inputs from a demo lead.
    ///
    /// - Parameters:
    ///   - lead: A lead made by ``DemoTerritoryGenerator``.
    ///   - reps: The territory's reps.
    /// - Returns: The inputs.
    /// - Throws: ``DemoDataError`` `.notDemoLead` when an attribute is missing or mistyped, or the
    ///   owner is not among `reps`.
    public static func inputs(of lead: Lead, reps: [Rep]) throws -> Inputs {
        guard case .number(let agents)? = lead.attributes[DemoAttributeKey.agents],
            case .category(let lineText)? = lead.attributes[DemoAttributeKey.lineOfBusiness],
            let line = DemoLineOfBusiness(rawValue: lineText),
            case .number(let years)? = lead.attributes[DemoAttributeKey.yearsInBusiness],
            case .date(let lastContact)? = lead.attributes[DemoAttributeKey.lastContact]
        else {
            throw DemoDataError(.notDemoLead, "lead \(lead.id) lacks the demo attributes the ground truth reads")
        }
        var distance: Double?
        if let owner = lead.owner {
            guard let rep = reps.first(where: { $0.id == owner }) else {
                throw DemoDataError(.notDemoLead, "lead \(lead.id) is owned by \(owner), who is not among the reps")
            }
            distance = rep.start.distanceKilometres(to: lead.location)
        }
        return Inputs(
            agents: agents, lineOfBusiness: line, yearsInBusiness: years,
            daysSinceLastContact: lead.createdAt.timeIntervalSince(lastContact) / 86_400,
            ownerDistanceKilometres: distance, tier: lead.tier)
    }
}
