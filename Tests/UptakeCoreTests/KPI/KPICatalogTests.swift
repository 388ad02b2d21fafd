import Testing
@testable import UptakeCore

@Suite struct KPICatalogTests {
    static let funnel = FunnelCounts(shown: 40, accepted: 12, dismissed: 20, visited: 9, converted: 1)
    static let activity = BusinessActivity(visits: 120, bronzeVisits: 31, visitedLeads: 100, convertedLeads: 7, revenue: 84_250.4)

    @Test func everyDefinitionIsCompleteAndUnique() {
        let ids = KPICatalog.definitions.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(KPICatalog.definitions.map { $0.area }) == Set(KPIArea.allCases))
        for definition in KPICatalog.definitions {
            #expect(!definition.name.isEmpty && !definition.formula.isEmpty && !definition.owner.isEmpty)
            #expect(definition.id.hasPrefix(definition.area.rawValue + "."))
            #expect(KPICatalog.definition(id: definition.id) == definition)
        }
    }

    @Test func adoptionKPIs() {
        #expect(KPICatalog.suggestionsShown(Self.funnel).value == 40)
        #expect(KPICatalog.acceptanceRate(Self.funnel).value == 0.3)
        #expect(KPICatalog.acceptanceRate.definition.format(KPICatalog.acceptanceRate(Self.funnel)) == "30.0%")
        #expect(KPICatalog.suggestionVisits(Self.funnel).value == 9)
        let empty = FunnelCounts(shown: 0, accepted: 0, dismissed: 0, visited: 0, converted: 0)
        #expect(KPICatalog.acceptanceRate(empty).value == nil)
        #expect(KPICatalog.acceptanceRate.definition.format(KPICatalog.acceptanceRate(empty)) == "n/a")
    }

    @Test func businessKPIs() {
        #expect(KPICatalog.bronzeVisits(Self.activity).value == 31)
        #expect(KPICatalog.conversionRate(Self.activity).value == 0.07)
        #expect(KPICatalog.revenue.definition.format(KPICatalog.revenue(Self.activity)) == "$84,250")
    }

    @Test func modelKPIs() throws {
        let realized = RealizedPerformance(count: 300, positives: 40, rocAUC: 0.81234, expectedCalibrationError: 0.031)
        #expect(KPICatalog.modelAUC.definition.format(KPICatalog.modelAUC(realized)) == "0.812")
        #expect(KPICatalog.calibrationError(realized).value == 0.031)
        let drift = DriftReport(
            features: [FeatureDrift(name: "a", psi: 0.3, currentShares: [], currentCount: 10)],
            score: FeatureDrift(name: "score", psi: 0.12, currentShares: [], currentCount: 10), currentRowCount: 10)
        let measured = KPICatalog.scoreDrift(drift)
        #expect(measured.value == 0.12)
        #expect(measured.basis == "10 recent leads; 1 features with PSI > 0.2")
    }

    @Test func pilotUpliftCarriesItsInterval() {
        let pilot = PilotEstimate(
            name: "Q4", metric: "conversions per rep-week",
            uplift: EffectEstimate(estimate: 0.042, ciLow: -0.01, ciHigh: 0.094, standardError: 0.026),
            sampleRatioPValue: 0.4, treatmentReps: 12, controlReps: 12)
        let measured = KPICatalog.pilotUplift(pilot)
        #expect(measured.interval == .init(low: -0.01, high: 0.094, level: 0.95))
        #expect(KPICatalog.pilotUplift.definition.format(measured) == "+0.042 (95% CI −0.010 to +0.094)")
        #expect(!pilot.hasSampleRatioMismatch)
    }

    @Test func roiKPIsFromTheMonteCarloSummary() throws {
        var random = SeededGenerator(seed: 7)
        let model = RolloutModel(
            buildCost: 50_000, licenceCostPerPeriod: 1_000, runningCostPerPeriod: 500, reps: 20,
            trainingHoursPerRep: 4, trainingHourlyRate: 60, marginPerUnit: 900, horizon: 12,
            discountRatePerPeriod: 0.01)
        let distribution = try ROIDistribution(
            model: model, uplift: EffectEstimate(estimate: 0.5, ciLow: 0.1, ciHigh: 0.9, standardError: 0.2),
            draws: 2000, using: &random)
        let summary = ROISummary(distribution)
        #expect(KPICatalog.npvMedian(summary).value == distribution.p50)
        #expect(KPICatalog.probabilityNPVPositive(summary).value == distribution.probabilityPositive)
    }

    @Test func comparisonJudgesByDirection() {
        let better = KPICatalog.acceptanceRate.compare(
            Self.funnel, previous: FunnelCounts(shown: 40, accepted: 8, dismissed: 20, visited: 5, converted: 0))
        #expect(better.trend == .improved)
        #expect(better.formattedChange == "+10.0 pts")
        let realizedNow = RealizedPerformance(count: 300, positives: 40, rocAUC: 0.8, expectedCalibrationError: 0.06)
        let realizedThen = RealizedPerformance(count: 300, positives: 40, rocAUC: 0.8, expectedCalibrationError: 0.03)
        let worse = KPICatalog.calibrationError.compare(realizedNow, previous: realizedThen)
        #expect(worse.trend == .worsened)
        #expect(KPICatalog.revenue.compare(Self.activity, previous: nil).trend == .unknown)
    }

    @Test func unitsFormatWithoutALocale() {
        #expect(KPIUnit.count.format(1_234_567) == "1,234,567")
        #expect(KPIUnit.count.format(999) == "999")
        #expect(KPIUnit.currency.format(-1200) == "−$1,200")
        #expect(KPIUnit.proportion.format(0.1234) == "12.3%")
        #expect(KPIUnit.index.format(.nan) == "n/a")
    }
}
