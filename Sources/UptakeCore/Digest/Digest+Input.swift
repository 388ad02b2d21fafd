import Foundation

extension Digest {
    /// Builds the digest for the input's role.
    ///
    /// - Executive: what changed (business), adoption, pilot, ROI, model health, readiness by role with
    ///   the confidence gap, top dismissal reasons.
    /// - Manager: what changed for the team, its adoption funnel, dismissal reasons with comments, pilot
    ///   status, model health at a glance, readiness by team beside each team's acceptance rate.
    /// - Rep: their own week only: visits, conversions, their suggestions and their dismissals.
    ///
    /// - Parameter input: The figures.
    public init(_ input: DigestInput) {
        title = "Uptake weekly digest, \(input.week)"
        audience = input.role.audience
        role = input.role.name
        week = input.week
        period = Self.period(of: input.week)
        notice = input.isSimulated || input.pulse?.includesSimulated == true
            ? "SIMULATED DATA: this digest is built from demo or simulated data, not real results." : nil
        var sections = [Self.business(input)]
        sections.append(Self.adoption(input))
        if !input.dismissalReasons.isEmpty || !input.dismissalComments.isEmpty { sections.append(Self.dismissals(input)) }
        switch input.role {
        case .executive:
            sections += [Self.pilot(input), Self.roi(input), Self.modelHealth(input), Self.readiness(input)]
        case .manager:
            sections += [Self.pilot(input), Self.modelHealth(input), Self.readiness(input)]
        case .rep:
            break
        }
        self.sections = sections
    }

    private static func business(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: input.role.name == "rep" ? "Your week" : "What changed this week")
        let now = input.activity, then = input.previousActivity
        section.figures = [
            DigestFigure(KPICatalog.visits.compare(now, previous: then)),
            DigestFigure(KPICatalog.bronzeVisits.compare(now, previous: then)),
            DigestFigure(KPICatalog.conversionRate.compare(now, previous: then)),
            DigestFigure(KPICatalog.revenue.compare(now, previous: then)),
        ]
        return section
    }

    private static func adoption(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: input.role.name == "rep" ? "Your suggested stops" : "Adoption")
        guard let funnel = input.funnel else {
            section.notes = ["Not measured yet: the suggestion ledger is not connected to this digest."]
            return section
        }
        let then = input.previousFunnel
        section.figures = [
            DigestFigure(KPICatalog.suggestionsShown.compare(funnel, previous: then)),
            DigestFigure(KPICatalog.acceptanceRate.compare(funnel, previous: then)),
            DigestFigure(KPICatalog.suggestionVisits.compare(funnel, previous: then)),
        ]
        return section
    }

    private static func dismissals(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: "Why suggestions were dismissed")
        let top = input.role == .executive ? 3 : 5
        section.figures = input.dismissalReasons.prefix(top).map {
            DigestFigure(KPICatalog.dismissalReasonShare.compare($0, previous: nil), label: $0.reason)
        }
        // Executives get the pattern; managers and reps the words behind it.
        if input.role != .executive { section.quotes = Array(input.dismissalComments.prefix(3)) }
        return section
    }

    private static func pilot(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: "Pilot")
        guard let pilot = input.pilot else {
            section.notes = ["No pilot read-out: no pilot is running, or its analysis is not connected."]
            return section
        }
        section.notes = ["\(pilot.name): \(pilot.metric), \(pilot.treatmentReps) treatment and "
            + "\(pilot.controlReps) control reps."]
        section.figures = [
            DigestFigure(KPICatalog.pilotUplift.compare(pilot, previous: nil)),
            DigestFigure(KPICatalog.pilotSampleRatioP.compare(pilot, previous: nil)),
        ]
        if pilot.hasSampleRatioMismatch {
            section.notes.append("Sample-ratio mismatch: the arms are not the planned sizes; do not act on the "
                + "uplift until the analyst has checked the randomization.")
        } else if pilot.uplift.excludesZero == false {
            section.notes.append("The interval includes zero: no effect is still consistent with the data.")
        }
        return section
    }

    private static func roi(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: "ROI")
        guard let roi = input.roi else {
            section.notes = ["No ROI estimate yet: it follows from a measured pilot uplift."]
            return section
        }
        section.figures = [
            DigestFigure(KPICatalog.npvMedian.compare(roi, previous: input.previousROI)),
            DigestFigure(KPICatalog.probabilityNPVPositive.compare(roi, previous: input.previousROI)),
        ]
        return section
    }

    private static func modelHealth(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: "Model health")
        guard let health = input.modelHealth else {
            section.notes = ["Not measured: no champion model health report is connected to this digest."]
            return section
        }
        section.notes = ["Status: \(health.status.rawValue.uppercased())"]
        if let realized = health.realized {
            section.figures.append(DigestFigure(KPICatalog.modelAUC.compare(realized, previous: nil)))
            section.figures.append(DigestFigure(KPICatalog.calibrationError.compare(realized, previous: nil)))
        }
        if let drift = health.drift {
            section.figures.append(DigestFigure(KPICatalog.scoreDrift.compare(drift, previous: nil)))
        }
        let shown = input.role == .executive ? 2 : 4
        section.notes += health.findings.filter { $0.severity != .ok }.prefix(shown).map(\.message)
        return section
    }

    private static func readiness(_ input: DigestInput) -> DigestSection {
        var section = DigestSection(title: "Readiness pulse")
        guard let pulse = input.pulse else {
            section.notes = ["No pulse survey yet."]
            return section
        }
        if let title = input.pulseTitle { section.notes.append(title) }
        if let gap = pulse.gap {
            section.figures.append(DigestFigure(KPICatalog.confidenceGap.compare(gap, previous: nil)))
        } else {
            section.notes.append("Confidence gap \(pulse.gapNote ?? "not shown").")
        }
        switch input.role {
        case .executive:
            for group in pulse.byRole {
                guard let summary = group.summary else { continue }
                section.figures.append(DigestFigure(
                    KPICatalog.groupConfidence.compare(summary, previous: nil), label: "Confidence: \(summary.name)"))
            }
        case .manager(let team):
            let teams = pulse.byTeam.filter { team == nil || $0.name == team }
            section.table = DigestTable(
                header: ["Team (front line)", "Answers", "Confidence", "Acceptance rate"],
                rows: teams.map { group in
                    let adoption = input.teamFunnels[group.name].map { funnel in
                        KPICatalog.acceptanceRate.definition.format(KPICatalog.acceptanceRate(funnel))
                    } ?? "n/a"
                    guard let summary = group.summary else { return [group.name, "suppressed", "—", adoption] }
                    let confidence = KPICatalog.groupConfidence.definition.format(KPICatalog.groupConfidence(summary))
                    return [group.name, String(summary.answers), confidence, adoption]
                })
        case .rep:
            break
        }
        section.notes.append("Groups with fewer than \(PulseResults.minimumGroupSize) answers are never shown.")
        return section
    }

    /// "16 Nov 2026 – 22 Nov 2026": Monday to Sunday, UTC.
    static func period(of week: ISOWeek) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMM yyyy"
        let last = week.end.addingTimeInterval(-86_400)
        return "\(formatter.string(from: week.start)) – \(formatter.string(from: last))"
    }
}
