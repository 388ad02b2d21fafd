import Foundation
import Testing
@testable import UptakeCore

@Suite struct DigestTests {
    static let week = try! ISOWeek(parsing: "2026-W47")

    /// An input with every part filled, as the lead engineer's wiring will provide.
    static func fullInput(_ role: DigestRole) throws -> DigestInput {
        var input = DigestInput(
            week: week, role: role,
            activity: BusinessActivity(visits: 212, bronzeVisits: 41, visitedLeads: 180, convertedLeads: 14, revenue: 96_400),
            previousActivity: BusinessActivity(visits: 198, bronzeVisits: 30, visitedLeads: 170, convertedLeads: 15, revenue: 101_250))
        input.funnel = FunnelCounts(shown: 120, accepted: 46, dismissed: 52, visited: 38, converted: 4)
        input.previousFunnel = FunnelCounts(shown: 110, accepted: 33, dismissed: 60, visited: 25, converted: 2)
        input.dismissalReasons = [
            DismissalReasonCount(reason: "too far", count: 21, totalDismissals: 52),
            DismissalReasonCount(reason: "already a customer", count: 12, totalDismissals: 52),
            DismissalReasonCount(reason: "closed", count: 9, totalDismissals: 52),
            DismissalReasonCount(reason: "no time | other", count: 10, totalDismissals: 52),
        ]
        input.dismissalComments = ["The <b>detour</b> was 25 min & not 8", "Closed on Fridays"]
        input.pilot = PilotEstimate(
            name: "Bronze planner pilot", metric: "conversions per rep-week",
            uplift: EffectEstimate(estimate: 0.31, ciLow: 0.05, ciHigh: 0.57, standardError: 0.13, pValue: 0.02),
            sampleRatioPValue: 0.62, treatmentReps: 12, controlReps: 12)
        input.roi = ROISummary(npvP10: -12_000, npvP50: 84_500, npvP90: 190_000, probabilityPositive: 0.83)
        input.previousROI = ROISummary(npvP10: -30_000, npvP50: 61_000, npvP90: 170_000, probabilityPositive: 0.74)
        input.modelHealth = ModelHealthReport(
            drift: DriftReport(
                features: [FeatureDrift(name: "agents", psi: 0.27, currentShares: [], currentCount: 900)],
                score: FeatureDrift(name: "score", psi: 0.08, currentShares: [], currentCount: 900), currentRowCount: 900),
            realized: RealizedPerformance(count: 640, positives: 71, rocAUC: 0.781, expectedCalibrationError: 0.034),
            holdoutAUC: 0.79)
        var random = SeededGenerator(seed: 1)
        let answers = try PulseSimulator(repsByTeam: ["North": 12, "South": 9, "West": 3], responseRate: 1)
            .answers(using: &random)
        input.pulse = PulseResults(answers: answers)
        input.pulseTitle = "SIMULATED readiness pulse"
        input.teamFunnels = ["North": FunnelCounts(shown: 60, accepted: 30, dismissed: 20, visited: 20, converted: 2)]
        return input
    }

    /// The same figures computed straight from the KPI catalog, by KPI id, in digest order.
    static func direct(_ input: DigestInput) -> [String: [String]] {
        func text<I>(_ kpi: KPI<I>, _ value: I) -> String { kpi.definition.format(kpi(value)) }
        var figures: [String: [String]] = [:]
        func add<I>(_ kpi: KPI<I>, _ value: I) { figures[kpi.definition.id, default: []].append(text(kpi, value)) }
        add(KPICatalog.visits, input.activity)
        add(KPICatalog.bronzeVisits, input.activity)
        add(KPICatalog.conversionRate, input.activity)
        add(KPICatalog.revenue, input.activity)
        if let funnel = input.funnel {
            add(KPICatalog.suggestionsShown, funnel)
            add(KPICatalog.acceptanceRate, funnel)
            add(KPICatalog.suggestionVisits, funnel)
        }
        let reasons = input.role == .executive ? 3 : 5
        for reason in input.dismissalReasons.prefix(reasons) { add(KPICatalog.dismissalReasonShare, reason) }
        if input.role.name != "rep" {
            if let pilot = input.pilot { add(KPICatalog.pilotUplift, pilot); add(KPICatalog.pilotSampleRatioP, pilot) }
            if let health = input.modelHealth, let realized = health.realized, let drift = health.drift {
                add(KPICatalog.modelAUC, realized); add(KPICatalog.calibrationError, realized)
                add(KPICatalog.scoreDrift, drift)
            }
            if let gap = input.pulse?.gap { add(KPICatalog.confidenceGap, gap) }
        }
        if input.role == .executive {
            if let roi = input.roi { add(KPICatalog.npvMedian, roi); add(KPICatalog.probabilityNPVPositive, roi) }
            for group in input.pulse?.byRole ?? [] {
                if let summary = group.summary { add(KPICatalog.groupConfidence, summary) }
            }
        }
        return figures
    }

    @Test(arguments: [DigestRole.executive, .manager(team: "North"), .rep(id: "rep-1", name: "Ada Byron")])
    func everyFigureEqualsItsKPIComputedDirectly(_ role: DigestRole) throws {
        let input = try Self.fullInput(role)
        let digest = Digest(input)
        let figures = digest.sections.flatMap(\.figures)
        let shown = Dictionary(grouping: figures, by: \.kpi).mapValues { $0.map(\.value) }
        #expect(shown == Self.direct(input))
        let markdown = DigestRenderer.markdown(digest)
        let html = DigestRenderer.html(digest)
        for figure in figures {
            #expect(markdown.contains("| \(figure.value.replacingOccurrences(of: "|", with: "\\|")) |"))
            #expect(html.contains("<strong>\(DigestRenderer.escape(figure.value))</strong>"))
            #expect(KPICatalog.definition(id: figure.kpi) != nil)
        }
    }

    @Test func weekOverWeekChangesComeFromTheComparison() throws {
        let digest = Digest(try Self.fullInput(.executive))
        let acceptance = try #require(digest.sections.flatMap(\.figures).first { $0.kpi == "adoption.acceptance_rate" })
        // 46/120 = 38.3% against 33/110 = 30.0%.
        #expect(acceptance.value == "38.3%")
        #expect(acceptance.change == "+8.3 pts" && acceptance.trend == .improved)
        let revenue = try #require(digest.sections.flatMap(\.figures).first { $0.kpi == "business.revenue" })
        #expect(revenue.value == "$96,400" && revenue.change == "−$4,850" && revenue.trend == .worsened)
        let uplift = try #require(digest.sections.flatMap(\.figures).first { $0.kpi == "pilot.uplift" })
        #expect(uplift.value == "+0.310 (95% CI +0.050 to +0.570)")
    }

    @Test func eachRoleGetsItsOwnSections() throws {
        let titles = { (role: DigestRole) in try Digest(Self.fullInput(role)).sections.map(\.title) }
        #expect(try titles(.executive) == [
            "What changed this week", "Adoption", "Why suggestions were dismissed", "Pilot", "ROI", "Model health",
            "Readiness pulse",
        ])
        #expect(try titles(.manager(team: "North")) == [
            "What changed this week", "Adoption", "Why suggestions were dismissed", "Pilot", "Model health",
            "Readiness pulse",
        ])
        #expect(try titles(.rep(id: "r", name: "Ada")) == ["Your week", "Your suggested stops", "Why suggestions were dismissed"])
        // Executives get the pattern of dismissals; managers the words.
        let executive = Digest(try Self.fullInput(.executive))
        #expect(executive.sections.allSatisfy { $0.quotes.isEmpty })
        let manager = Digest(try Self.fullInput(.manager(team: "North")))
        #expect(manager.sections.contains { $0.quotes.contains("Closed on Fridays") })
        let table = try #require(manager.sections.last?.table)
        #expect(table.rows.map(\.first) == ["North"])
        #expect(table.rows.first?.last == "50.0%")
    }

    @Test func missingPartsAreSaidPlainly() {
        let input = DigestInput(
            week: Self.week, role: .executive,
            activity: BusinessActivity(visits: 0, bronzeVisits: 0, visitedLeads: 0, convertedLeads: 0, revenue: 0),
            previousActivity: nil)
        let markdown = DigestRenderer.markdown(Digest(input))
        #expect(markdown.contains("Not measured yet: the suggestion ledger is not connected"))
        #expect(markdown.contains("No pilot read-out"))
        #expect(markdown.contains("No ROI estimate yet"))
        #expect(markdown.contains("| Conversion rate | n/a | — |"))
    }

    @Test func htmlIsInlineStyledAndEscaped() throws {
        let html = DigestRenderer.html(Digest(try Self.fullInput(.manager(team: nil))))
        #expect(!html.contains("<style") && !html.contains("<script") && !html.contains("class="))
        #expect(!html.contains("<link") && !html.contains("src="))
        #expect(html.contains("The &lt;b&gt;detour&lt;/b&gt; was 25 min &amp; not 8"))
        // Every cell and heading carries its own style.
        for tag in ["<td", "<th", "<h1", "<h2", "<p"] {
            let count = html.components(separatedBy: tag).count - 1
            let styled = html.components(separatedBy: tag + " style=").count - 1
            #expect(count == styled, "\(tag)")
        }
        #expect(html.contains("SIMULATED DATA"))
    }

    @Test func isoWeeks() throws {
        let week = try ISOWeek(parsing: "2026-W47")
        #expect(week.start == Date(timeIntervalSince1970: 1_794_787_200))  // Mon 16 Nov 2026 00:00 UTC
        #expect(week.previous.description == "2026-W46")
        #expect(ISOWeek(containing: Date(timeIntervalSince1970: 1_795_391_999)) == week)  // Sun 22 Nov 23:59:59
        #expect(try ISOWeek(parsing: "2027-W01").previous.description == "2026-W53")
        #expect(throws: DigestError.self) { try ISOWeek(parsing: "2025-W53") }
        #expect(throws: DigestError.self) { try ISOWeek(parsing: "2026-47") }
        #expect(Digest.period(of: week) == "16 Nov 2026 – 22 Nov 2026")
    }
}
