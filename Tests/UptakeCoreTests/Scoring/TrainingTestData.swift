import Foundation
import UptakeCore

/// Seeded synthetic leads with a known logistic signal, for training tests: a number (agents), a
/// category (region), a boolean (existing customer) and a date (last contact), with some missing values.
enum TrainingTestData {
    /// 2024-06-01 00:00 UTC, the data's snapshot day.
    static let snapshot = Date(timeIntervalSince1970: 1_717_200_000)

    /// Rows and labels drawn from a logistic model with the given seed.
    static func make(rows: Int, seed: UInt64 = 7, baseLogOdds: Double = -1.5) -> (table: ColumnTable, labels: [Bool]) {
        var random = SeededGenerator(seed: seed)
        let regions = ["North", "South", "East", "West"]
        let regionEffect = [0.8, -0.4, 0.0, -0.6]
        var agents: [Double] = []
        var regionCodes: [Int32] = []
        var customer: [Bool?] = []
        var contacted: [Double] = []
        var labels: [Bool] = []
        for _ in 0..<rows {
            let a = Double(random.nextInt(in: 1...40))
            let r = random.nextInt(below: regions.count)
            let c = random.nextUnit() < 0.3
            let daysAgo = Double(random.nextInt(in: 0...365))
            let logOdds = baseLogOdds + 0.06 * (a - 20) + regionEffect[r] + (c ? 0.9 : 0) - 0.004 * daysAgo
            labels.append(random.nextUnit() < 1 / (1 + exp(-logOdds)))
            agents.append(random.nextUnit() < 0.05 ? .nan : a)
            regionCodes.append(random.nextUnit() < 0.03 ? -1 : Int32(r))
            customer.append(random.nextUnit() < 0.05 ? nil : c)
            contacted.append(snapshot.timeIntervalSince1970 - daysAgo * 86_400)
        }
        // The columns are built with equal lengths and valid codes.
        let table = try? ColumnTable(columns: [
            .init(name: "agents", values: .numbers(agents)),
            .init(name: "region", values: .categories(levels: regions, codes: regionCodes)),
            .init(name: "customer", values: .booleans(customer)),
            .init(name: "last_contact", values: .dates(contacted)),
        ])
        return (table!, labels)
    }

    /// Rows whose signal drifts: `trend` grows with the row number, so an ordered split's holdout lies beyond
    /// the training range, and the log-odds are linear in it (trees extrapolate flat, a linear base does not).
    static func drifting(rows: Int, seed: UInt64 = 5) -> (table: ColumnTable, labels: [Bool]) {
        var random = SeededGenerator(seed: seed)
        var trend: [Double] = []
        var noise: [Double] = []
        var labels: [Bool] = []
        for row in 0..<rows {
            let t = 4 * Double(row) / Double(rows) - 2 + 0.3 * (random.nextUnit() - 0.5)
            let n = random.nextUnit()
            labels.append(random.nextUnit() < 1 / (1 + exp(-(-0.5 + 1.2 * t))))
            trend.append(t)
            noise.append(n)
        }
        let table = try? ColumnTable(columns: [
            .init(name: "trend", values: .numbers(trend)),
            .init(name: "noise", values: .numbers(noise)),
        ])
        return (table!, labels)
    }

    /// A small, fast configuration (the defaults with fewer rounds and a short patience).
    /// Plain trees only (`linearBase` off), so the tests built on it see one candidate; the linear base
    /// has its own tests (`ModelTrainerTests+LinearBase.swift`).
    static func quickConfiguration(split: SplitStrategy = .random(seed: 3)) -> TrainingConfiguration {
        var configuration = TrainingConfiguration()
        configuration.linearBase = false
        configuration.split = split
        configuration.maxRounds = 300
        configuration.earlyStoppingRounds = 20
        configuration.eta = 0.1
        configuration.maxDepth = 3
        configuration.threadCount = 1
        return configuration
    }
}
