/// Every KPI Uptake shows, defined once: the model, adoption, business, pilot and ROI figures that pages,
/// the API and the weekly digest read.
///
/// Each is a ``KPI`` over a typed input, so a figure can only be shown by computing it here:
///
/// ```swift
/// let rate = KPICatalog.acceptanceRate(FunnelCounts(shown: 40, accepted: 12, dismissed: 20, visited: 9, converted: 1))
/// KPICatalog.acceptanceRate.definition.format(rate) // "30.0%"
/// ```
public enum KPICatalog {
    // MARK: model (owner: analyst)

    /// Realized ROC AUC on leads whose outcome window has closed.
    public static let modelAUC = KPI<RealizedPerformance>(
        KPIDefinition(
            id: "model.auc", name: "Model AUC",
            formula: "ROC AUC of the calibrated score on leads whose outcome window closed (ties count half)",
            unit: .index, owner: "analyst", direction: .higherIsBetter, area: .model)
    ) { ($0.rocAUC, nil, "\($0.count) closed leads, \($0.positives) converted") }

    /// Realized expected calibration error.
    public static let calibrationError = KPI<RealizedPerformance>(
        KPIDefinition(
            id: "model.calibration_error", name: "Calibration error",
            formula: "Σ (bin rows / rows) × |observed rate − mean score| over 10 equal-width score bins",
            unit: .index, owner: "analyst", direction: .lowerIsBetter, area: .model)
    ) { ($0.expectedCalibrationError, nil, "\($0.count) closed leads") }

    /// Score drift since training.
    public static let scoreDrift = KPI<DriftReport>(
        KPIDefinition(
            id: "model.score_drift", name: "Score drift (PSI)",
            formula: "Σ (recent share − training share) × ln(recent / training) over the training score deciles",
            unit: .index, owner: "analyst", direction: .lowerIsBetter, area: .model)
    ) { report in
        let drifted = report.driftedFeatures.count
        return (report.score.psi, nil, "\(report.currentRowCount) recent leads; \(drifted) features with PSI > 0.2")
    }

    // MARK: adoption (owner: manager)

    /// Suggestions shown to reps.
    public static let suggestionsShown = KPI<FunnelCounts>(
        KPIDefinition(
            id: "adoption.suggestions_shown", name: "Suggestions shown",
            formula: "count of suggested stops shown to reps in the period",
            unit: .count, owner: "manager", direction: .higherIsBetter, area: .adoption)
    ) { (Double($0.shown), nil, nil) }

    /// The share of shown suggestions accepted.
    public static let acceptanceRate = KPI<FunnelCounts>(
        KPIDefinition(
            id: "adoption.acceptance_rate", name: "Acceptance rate",
            formula: "suggestions accepted ÷ suggestions shown",
            unit: .proportion, owner: "manager", direction: .higherIsBetter, area: .adoption)
    ) { ($0.shown == 0 ? nil : Double($0.accepted) / Double($0.shown), nil, "\($0.accepted) of \($0.shown) shown") }

    /// Visits that came from suggestions.
    public static let suggestionVisits = KPI<FunnelCounts>(
        KPIDefinition(
            id: "adoption.suggestion_visits", name: "Visits from suggestions",
            formula: "count of suggested stops marked visited in the period",
            unit: .count, owner: "manager", direction: .higherIsBetter, area: .adoption)
    ) { (Double($0.visited), nil, nil) }

    /// One dismissal reason's share of all dismissals.
    public static let dismissalReasonShare = KPI<DismissalReasonCount>(
        KPIDefinition(
            id: "adoption.dismissal_reason_share", name: "Dismissal reason share",
            formula: "dismissals giving this reason ÷ all dismissals in the period",
            unit: .proportion, owner: "manager", direction: .lowerIsBetter, area: .adoption)
    ) {
        ($0.totalDismissals == 0 ? nil : Double($0.count) / Double($0.totalDismissals), nil,
         "\($0.count) of \($0.totalDismissals) dismissals")
    }

    // MARK: business (owner: executive)

    /// Visits made.
    public static let visits = KPI<BusinessActivity>(
        KPIDefinition(
            id: "business.visits", name: "Visits",
            formula: "count of visits recorded in the period",
            unit: .count, owner: "manager", direction: .higherIsBetter, area: .business)
    ) { (Double($0.visits), nil, "\($0.visitedLeads) distinct leads") }

    /// Visits to bronze-tier leads.
    public static let bronzeVisits = KPI<BusinessActivity>(
        KPIDefinition(
            id: "business.bronze_visits", name: "Bronze visits",
            formula: "count of visits to leads in the bronze tier in the period",
            unit: .count, owner: "executive", direction: .higherIsBetter, area: .business)
    ) { (Double($0.bronzeVisits), nil, "of \($0.visits) visits") }

    /// Visited leads that converted.
    public static let conversionRate = KPI<BusinessActivity>(
        KPIDefinition(
            id: "business.conversion_rate", name: "Conversion rate",
            formula: "leads visited in the period that have converted by its end ÷ leads visited in the period",
            unit: .proportion, owner: "executive", direction: .higherIsBetter, area: .business)
    ) {
        ($0.visitedLeads == 0 ? nil : Double($0.convertedLeads) / Double($0.visitedLeads), nil,
         "\($0.convertedLeads) of \($0.visitedLeads) leads visited")
    }

    /// Conversion value booked.
    public static let revenue = KPI<BusinessActivity>(
        KPIDefinition(
            id: "business.revenue", name: "Revenue",
            formula: "sum of conversion values dated in the period",
            unit: .currency, owner: "executive", direction: .higherIsBetter, area: .business)
    ) { ($0.revenue, nil, nil) }

    // MARK: pilot (owner: analyst)

    /// The pilot's intent-to-treat uplift with its interval.
    public static let pilotUplift = KPI<PilotEstimate>(
        KPIDefinition(
            id: "pilot.uplift", name: "Pilot uplift",
            formula: "treatment mean − control mean of the primary metric (intent to treat, reps as clusters), "
                + "with its cluster-robust interval",
            unit: .difference, owner: "analyst", direction: .higherIsBetter, area: .pilot)
    ) { pilot in
        (pilot.uplift.estimate,
         KPIMeasurement.Interval(low: pilot.uplift.ciLow, high: pilot.uplift.ciHigh, level: pilot.confidenceLevel),
         "\(pilot.metric); \(pilot.treatmentReps) treatment and \(pilot.controlReps) control reps")
    }

    /// The pilot's sample-ratio-mismatch check.
    public static let pilotSampleRatioP = KPI<PilotEstimate>(
        KPIDefinition(
            id: "pilot.srm_p", name: "Sample-ratio check (p)",
            formula: "chi-squared test of the observed arm sizes against the planned split; below 0.001 flags "
                + "a broken randomization",
            unit: .index, owner: "analyst", direction: .higherIsBetter, area: .pilot)
    ) { ($0.sampleRatioPValue, nil, $0.hasSampleRatioMismatch ? "MISMATCH: do not trust the uplift" : "no mismatch") }

    // MARK: ROI (owner: executive)

    /// The median NPV of the rollout.
    public static let npvMedian = KPI<ROISummary>(
        KPIDefinition(
            id: "roi.npv_p50", name: "NPV (P50)",
            formula: "median NPV over Monte Carlo draws of the uplift from its sampling distribution, "
                + "first cash flow at t = 0",
            unit: .currency, owner: "executive", direction: .higherIsBetter, area: .roi)
    ) { ($0.npvP50, nil, "P10 \(KPIUnit.currency.format($0.npvP10)), P90 \(KPIUnit.currency.format($0.npvP90))") }

    /// The chance the rollout pays.
    public static let probabilityNPVPositive = KPI<ROISummary>(
        KPIDefinition(
            id: "roi.probability_positive", name: "P(NPV > 0)",
            formula: "share of Monte Carlo draws with NPV > 0",
            unit: .proportion, owner: "executive", direction: .higherIsBetter, area: .roi)
    ) { ($0.probabilityPositive, nil, nil) }

    // MARK: readiness (owner: executive)

    /// Executives' mean confidence minus the front line's, from the pulse (published groups only).
    public static let confidenceGap = KPI<ConfidenceGap>(
        KPIDefinition(
            id: "readiness.confidence_gap", name: "Confidence gap",
            formula: "executives' mean confidence (1–5) − the front line's, Welch 95% interval; "
                + "closer to 0 is better",
            unit: .ratingDifference, owner: "executive", direction: .lowerIsBetter, area: .readiness)
    ) { gap in
        (gap.gap.estimate,
         KPIMeasurement.Interval(low: gap.gap.ciLow, high: gap.gap.ciHigh, level: gap.confidenceLevel),
         "executives vs \(gap.group)")
    }

    /// A published pulse group's mean confidence.
    public static let groupConfidence = KPI<PulseGroupSummary>(
        KPIDefinition(
            id: "readiness.confidence", name: "Confidence",
            formula: "mean rating (1–5) of \"I am confident the model will deliver\" in a group of 5 or more",
            unit: .rating, owner: "executive", direction: .higherIsBetter, area: .readiness)
    ) { ($0.mean(.confidence), nil, "\($0.name), \($0.answers) answers") }

    /// Every definition, in display order (model, adoption, business, pilot, ROI, readiness).
    public static let definitions: [KPIDefinition] = [
        modelAUC.definition, calibrationError.definition, scoreDrift.definition,
        suggestionsShown.definition, acceptanceRate.definition, suggestionVisits.definition,
        dismissalReasonShare.definition,
        visits.definition, bronzeVisits.definition, conversionRate.definition, revenue.definition,
        pilotUplift.definition, pilotSampleRatioP.definition, npvMedian.definition,
        probabilityNPVPositive.definition, confidenceGap.definition, groupConfidence.definition,
    ]

    /// The definition with this id.
    ///
    /// - Parameter id: A ``KPIDefinition/id``.
    /// - Returns: The definition, or nil.
    public static func definition(id: String) -> KPIDefinition? {
        definitions.first { $0.id == id }
    }
}
