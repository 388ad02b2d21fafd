import Foundation
import UptakeCore

extension DemoTerritoryGenerator {
    /// Share of agencies in the gold and silver tiers (the rest are bronze).
    static let goldShare = 0.15
    static let silverShare = 0.30
    /// Share of agencies no rep owns.
    static let unassignedShare = 0.12
    /// Share of agencies with opening hours (the others receive visits any time in the shift).
    static let openingHoursShare = 0.40
    /// The most an agency is placed from its town's centre, in kilometres.
    static let maximumJitterKilometres = 6.0

    /// Typical opening hours with their weights.
    static let openingHoursChoices: [(text: String, weight: Double)] = [
        ("Mo-Fr 09:00-17:00", 0.45), ("Mo-Fr 08:30-17:00", 0.15), ("Mo-Fr 09:00-12:00,13:00-17:00", 0.15),
        ("Mo-Th 09:00-17:00; Fr 09:00-15:00", 0.10), ("Mo-Fr 09:00-17:30; Sa 09:00-12:00", 0.15),
    ]
    static let lineOfBusinessWeights: [(DemoLineOfBusiness, Double)] = [
        (.personal, 0.35), (.commercial, 0.20), (.life, 0.12), (.health, 0.08), (.mixed, 0.25),
    ]
    static let sourceWeights: [(DemoLeadSource, Double)] = [
        (.referral, 0.15), (.web, 0.25), (.event, 0.12), (.purchasedList, 0.23), (.cold, 0.25),
    ]
    /// Expected deal value of a 4-agent agency, by tier, in dollars of first-year commission.
    static let baseDealValue: [LeadTier: Double] = [.gold: 15_000, .silver: 8_000, .bronze: 3_500]

    /// The agencies, in order of creation (ids `demo-agency-0001`...).
    ///
    /// Each is placed around a town drawn in proportion to population, within a few kilometres
    /// (larger towns spread wider), kept inside Ohio's outline. Attributes are drawn independently
    /// except where real agencies correlate (carriers and tier grow with size); the tier is the CRM's
    /// rank on size and carriers plus noise, cut at 15% gold, 30% silver.
    func makeAgencies(places: [OhioPlace], reps: [Rep], clock: DemoClock) throws -> [Lead] {
        let count = configuration.agencies
        var geoRandom = randomStream(1)
        var random = randomStream(2)
        var nameRandom = randomStream(3)
        let openingHours = try Self.openingHoursChoices.map { try OpeningHours(parsing: $0.text) }
        let hoursWeights = Self.openingHoursChoices.map(\.weight)
        let lineWeights = Self.lineOfBusinessWeights.map(\.1)
        let sourceWeights = Self.sourceWeights.map(\.1)

        var cumulative: [Double] = []
        cumulative.reserveCapacity(places.count)
        var total = 0.0
        for place in places {
            total += Double(place.population)
            cumulative.append(total)
        }

        struct Draft {
            var town: Int
            var location: GeoPoint
            var agents: Int
            var line: DemoLineOfBusiness
            var years: Int
            var carriers: Int
            var contactDaysBefore: Int
            var source: DemoLeadSource
            var createdAt: Date
            var tierScore: Double
            var valueNoise: Double
            var owner: RepID?
            var hours: OpeningHours?
            var name: String
        }

        var names = Set<String>()
        var drafts: [Draft] = []
        drafts.reserveCapacity(count)
        for _ in 0..<count {
            let town = Self.upperBound(of: geoRandom.nextUnit() * total, in: cumulative)
            let location = Self.jitteredLocation(around: places[town], random: &geoRandom)

            // About half the agencies have 1-4 agents; a few have dozens (log-normal, median 4).
            let agents = min(80, max(1, Int((4 * exp(0.85 * random.nextGaussian())).rounded())))
            let line = Self.lineOfBusinessWeights[random.nextIndex(weights: lineWeights)].0
            // Exponential with mean 14 years, capped at 60.
            let years = min(60, Int(-log(1 - random.nextUnit()) * 14))
            let typicalCarriers = 3 * pow(Double(agents), 0.45)
            let carriers = min(30, max(1, Int((typicalCarriers * exp(0.4 * random.nextGaussian())).rounded())))
            // Days since the last contact, as of creation: exponential with mean 110 days, capped.
            let contactDaysBefore = min(900, Int(-log(1 - random.nextUnit()) * 110))
            let source = Self.sourceWeights[random.nextIndex(weights: sourceWeights)].0
            let day = clock.days[random.nextInt(below: max(1, clock.historyDayCount))]
            let createdAt = day.date(minutes: 8 * 60 + random.nextInt(below: 10 * 60))
            let tierScore = log(Double(agents)) + 0.3 * log(Double(carriers)) + 0.45 * random.nextGaussian()
            let valueNoise = exp(0.25 * random.nextGaussian())
            var owner: RepID?
            let unassigned = random.nextUnit() < Self.unassignedShare
            if !unassigned {
                let distances = reps.map { $0.start.distanceKilometres(to: location) }
                owner = distances.indices.min { distances[$0] < distances[$1] }.map { reps[$0].id }
            }
            var hours: OpeningHours?
            if random.nextUnit() < Self.openingHoursShare {
                hours = openingHours[random.nextIndex(weights: hoursWeights)]
            }
            let name = Self.agencyName(town: places[town].name, line: line, taken: &names, random: &nameRandom)
            drafts.append(
                Draft(
                    town: town, location: location, agents: agents, line: line, years: years, carriers: carriers,
                    contactDaysBefore: contactDaysBefore, source: source, createdAt: createdAt,
                    tierScore: tierScore, valueNoise: valueNoise, owner: owner, hours: hours, name: name))
        }

        // Tiers by rank of the CRM's score (ties broken by draw order, so exact shares).
        var tiers = [LeadTier](repeating: .bronze, count: count)
        let ranked = drafts.indices.sorted { (drafts[$0].tierScore, -$0) > (drafts[$1].tierScore, -$1) }
        let goldCount = Int((Double(count) * Self.goldShare).rounded())
        let silverCount = Int((Double(count) * Self.silverShare).rounded())
        for (rank, index) in ranked.enumerated() {
            tiers[index] = rank < goldCount ? .gold : rank < goldCount + silverCount ? .silver : .bronze
        }

        // Ids follow creation order, as a CRM's would.
        let order = drafts.indices.sorted { (drafts[$0].createdAt, $0) < (drafts[$1].createdAt, $1) }
        let width = max(4, String(count).count)
        var leads: [Lead] = []
        leads.reserveCapacity(count)
        for (position, index) in order.enumerated() {
            let draft = drafts[index]
            let tier = tiers[index]
            let base = Self.baseDealValue[tier] ?? 0
            let value = max(500, (base * pow(Double(draft.agents) / 4, 0.4) * draft.valueNoise / 100).rounded() * 100)
            let lastContact = draft.createdAt.addingTimeInterval(-Double(draft.contactDaysBefore) * 86_400)
            leads.append(
                try Lead(
                    id: LeadID(Self.id("agency", position + 1, width: width)), name: draft.name,
                    location: draft.location, tier: tier, expectedValue: value, createdAt: draft.createdAt,
                    owner: draft.owner, openingHours: draft.hours,
                    attributes: [
                        DemoAttributeKey.demo: .boolean(true),
                        DemoAttributeKey.agents: .number(Double(draft.agents)),
                        DemoAttributeKey.lineOfBusiness: .category(draft.line.rawValue),
                        DemoAttributeKey.yearsInBusiness: .number(Double(draft.years)),
                        DemoAttributeKey.carriers: .number(Double(draft.carriers)),
                        DemoAttributeKey.lastContact: .date(lastContact),
                        DemoAttributeKey.source: .category(draft.source.rawValue),
                        DemoAttributeKey.town: .category(places[draft.town].name),
                    ]))
        }
        return leads
    }

    /// The first index whose cumulative weight exceeds `target` (binary search).
    static func upperBound(of target: Double, in cumulative: [Double]) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// A point uniformly in a disc around the town, wider for larger towns (1.3 km for a town of
    /// 1,000, the maximum of 6 km from about 280,000), inside Ohio. Jitter that lands in the lake or
    /// across the river is drawn again; after eight misses the agency sits at the town's centre.
    static func jitteredLocation(around town: OhioPlace, random: inout SeededGenerator) -> GeoPoint {
        let radius = min(maximumJitterKilometres, 1 + 3 * (Double(town.population) / 100_000).squareRoot())
        let townInside = OhioBoundary.contains(latitude: town.location.latitude, longitude: town.location.longitude)
        for _ in 0..<8 {
            let distance = radius * random.nextUnit().squareRoot()
            let point = offset(town.location, kilometres: distance, bearing: random.nextDouble(in: 0..<(2 * Double.pi)))
            guard OhioBoundary.latitudes.contains(point.latitude), OhioBoundary.longitudes.contains(point.longitude)
            else { continue }
            // Towns the coarse outline misses keep their jitter within the bounding box only.
            if townInside && !OhioBoundary.contains(latitude: point.latitude, longitude: point.longitude) { continue }
            return GeoPoint(uncheckedLatitude: point.latitude, longitude: point.longitude)
        }
        return town.location
    }

    /// A plausible, unique agency name: "<Town> Family Insurance", "Miller & Yoder Insurance",
    /// "Buckeye Insurance Group"..., with suffixes that fit the line of business.
    static func agencyName(
        town: String, line: DemoLineOfBusiness, taken: inout Set<String>, random: inout SeededGenerator
    ) -> String {
        func pick(_ words: [String]) -> String { words[random.nextInt(below: words.count)] }
        let suffixes: [String] =
            switch line {
            case .personal: DemoNames.personalSuffixes + DemoNames.generalSuffixes
            case .commercial: DemoNames.commercialSuffixes + DemoNames.generalSuffixes
            case .life, .health: DemoNames.lifeHealthSuffixes + DemoNames.generalSuffixes
            case .mixed: DemoNames.generalSuffixes
            }
        for attempt in 0..<12 {
            var name: String
            let style = random.nextUnit()
            if style < 0.30 {
                name = town + " " + pick(suffixes)
            } else if style < 0.50 {
                name = pick(DemoNames.surnames) + " " + pick(suffixes)
            } else if style < 0.60 {
                name = pick(DemoNames.surnames) + " & " + pick(DemoNames.surnames) + " Insurance"
            } else if style < 0.68 {
                name = pick(DemoNames.surnames) + " & Associates Insurance"
            } else {
                name = pick(DemoNames.regionalWords) + " " + pick(suffixes)
            }
            if attempt >= 6 { name += " of " + town }
            if taken.insert(name).inserted { return name }
        }
        var number = 2
        let stem = town + " " + pick(suffixes)
        while !taken.insert("\(stem) \(number)").inserted { number += 1 }
        return "\(stem) \(number)"
    }
}
