import Foundation
import UptakeCore

extension DemoTerritoryGenerator {
    /// The sales force: one rep per base town, with a name, a demo email, a team (north to south) and
    /// a 08:00–17:00 shift in New York time that starts and ends at the base.
    func makeReps(places: [OhioPlace]) throws -> [Rep] {
        var random = randomStream(6)
        var firstNames = DemoNames.firstNames
        var surnames = DemoNames.surnames
        random.shuffle(&firstNames)
        random.shuffle(&surnames)

        var bases: [GeoPoint] = []
        for index in 0..<configuration.reps {
            let townName = Self.repBaseTowns[index % Self.repBaseTowns.count]
            guard let town = places.filter({ $0.name == townName }).max(by: { $0.population < $1.population })
            else {
                throw DemoDataError(.malformedResource, "the places table has no \(townName) to base a rep in")
            }
            if index < Self.repBaseTowns.count {
                bases.append(town.location)
            } else {
                // A second rep in the same town lives a few kilometres away.
                let moved = Self.offset(
                    town.location, kilometres: random.nextDouble(in: 3..<8),
                    bearing: random.nextDouble(in: 0..<(2 * Double.pi)))
                bases.append(GeoPoint(uncheckedLatitude: moved.latitude, longitude: moved.longitude))
            }
        }

        // Teams split the reps north to south into nearly equal groups.
        let northToSouth = bases.indices.sorted { (bases[$0].latitude, $0) > (bases[$1].latitude, $1) }
        var teamOfRep = [Int](repeating: 0, count: bases.count)
        for (rank, index) in northToSouth.enumerated() {
            teamOfRep[index] = rank * configuration.teams / bases.count
        }
        let teamNames: [String] =
            switch configuration.teams {
            case 2: ["North", "South"]
            case 3: ["North", "Central", "South"]
            default: (1...configuration.teams).map { "Team \($0)" }
            }

        let width = max(2, String(configuration.reps).count)
        var emails = Set<String>()
        var reps: [Rep] = []
        for (index, base) in bases.enumerated() {
            let first = firstNames[index % firstNames.count]
            let last = surnames[(index + index / surnames.count) % surnames.count]
            var local = "\(first).\(last)".lowercased()
            if emails.contains(local) { local += "\(index + 1)" }
            emails.insert(local)
            reps.append(
                try Rep(
                    id: RepID(Self.id("rep", index + 1, width: width)), name: "\(first) \(last)",
                    email: "\(local)@\(Self.emailDomain)", team: "Demo " + teamNames[teamOfRep[index]],
                    start: base, end: base,
                    shiftStart: TimeOfDay(minutes: Self.shiftStartMinutes),
                    shiftEnd: TimeOfDay(minutes: Self.shiftEndMinutes),
                    timeZone: DemoTerritoryConfiguration.timeZoneIdentifier))
        }
        return reps
    }
}
