import Foundation
import Testing
import UptakeCore
import UptakeDemo

/// The default territory (seed 1, 8 reps, 2 teams, 3,000 agencies), made once for all suites.
let sharedTerritory: Result<DemoTerritory, any Error> = Result { try DemoTerritoryGenerator().generate() }

/// A Gregorian calendar in the territory's time zone, to read local wall-clock times.
func newYorkCalendar() throws -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "America/New_York"))
    return calendar
}

/// Minutes since local midnight of `date` in `calendar`'s time zone.
func localMinutes(_ date: Date, _ calendar: Calendar) -> Int {
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
}

/// ROC AUC by the rank (Mann–Whitney) formula with mid-ranks for ties:
/// AUC = (R₁ − n₁(n₁ + 1)/2) / (n₁ n₀), R₁ the sum of the positives' ranks.
/// Checked against scikit-learn's `roc_auc_score` in `RankAUCTests`.
func rankAUC(scores: [Double], labels: [Bool]) -> Double {
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var positiveRankSum = 0.0
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
        let midRank = Double(start + end + 2) / 2
        for k in start...end where labels[order[k]] { positiveRankSum += midRank }
        start = end + 1
    }
    let positives = Double(labels.filter { $0 }.count)
    let negatives = Double(labels.count) - positives
    return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives)
}

/// The AUC a perfect model can expect when outcomes are Bernoulli(p): over pairs i ≠ j, the
/// probability-weighted share where the positive's probability is the higher,
/// Σ p_i (1 − p_j) [p_i > p_j] / Σ p_i (1 − p_j), ties counting half.
func expectedAUC(probabilities: [Double]) -> Double {
    let sorted = probabilities.sorted()
    var concordant = 0.0
    var negativesBelow = 0.0
    var index = 0
    while index < sorted.count {
        var end = index
        while end + 1 < sorted.count, sorted[end + 1] == sorted[index] { end += 1 }
        let group = sorted[index...end]
        let groupNegatives = group.reduce(0) { $0 + (1 - $1) }
        for p in group { concordant += p * (negativesBelow + (groupNegatives - (1 - p)) / 2) }
        negativesBelow += groupNegatives
        index = end + 1
    }
    let totalPositive = probabilities.reduce(0, +)
    let totalNegative = probabilities.reduce(0) { $0 + (1 - $1) }
    let pairs = totalPositive * totalNegative - probabilities.reduce(0) { $0 + $1 * (1 - $1) }
    return concordant / pairs
}

@Suite("Rank AUC (test helper)")
struct RankAUCTests {
    /// scripts/fixtures/demo/make_demo_fixtures.py builds the same 500 scores (with ties) and labels
    /// and reports scikit-learn 1.5.2's roc_auc_score: 0.44385345997286296 (165 positives).
    @Test("matches scikit-learn's roc_auc_score on a set with ties")
    func matchesScikitLearn() {
        let scores = (0..<500).map { Double(($0 * 37) % 101) / 100 }
        let labels = (0..<500).map { i in ((i * 53) % 7 < 2) != (scores[i] < 0.3 && i % 3 == 0) }
        #expect(labels.filter { $0 }.count == 165)
        #expect(abs(rankAUC(scores: scores, labels: labels) - 0.44385345997286296) < 1e-12)
    }

    @Test("expected AUC is 1/2 for equal probabilities and near 1 for separated ones")
    func expected() {
        #expect(abs(expectedAUC(probabilities: [0.2, 0.2, 0.2]) - 0.5) < 1e-12)
        #expect(expectedAUC(probabilities: [0.001, 0.001, 0.999, 0.999]) > 0.99)
    }
}
