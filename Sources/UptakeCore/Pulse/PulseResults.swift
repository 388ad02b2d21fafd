/// Pulse results by role and by team, with the executive-versus-front-line confidence gap, published
/// under one rule: no figure ever describes fewer than ``minimumGroupSize`` (5) answers.
///
/// The rule is enforced here, in the core, so that no page, API, CLI or digest can break it:
/// ``PulseGroupSummary`` can only be made by this type, and only for a group of five or more.
///
/// - Roles: executive, manager and front line (practitioners and reps together) are disjoint and no
///   all-respondents figure is published, so a small role group is simply suppressed. Within the front
///   line, practitioner and rep are shown separately only when both have five answers: with the front
///   line's own figure published, showing one would reveal the other by subtraction.
/// - Teams: the front line of each team (managers and executives appear by role only, since a team's
///   figure beside its front line's would reveal its manager). The teams add up to the published front
///   line, so when suppressed teams hold fewer than five answers between them, the smallest shown teams
///   are suppressed too until they hold five (complementary suppression, as statistical offices do).
/// - Gaps: executives' mean confidence minus the front line's, and minus each shown team's, only when both
///   sides are shown.
/// - Comments: unattributed, in alphabetical order (not arrival order), only with five answers in all.
///
/// What this does not guard: inference from outside knowledge (knowing who the only practitioner in a
/// team is) and cross-tabulating results of different surveys.
public struct PulseResults: Hashable, Sendable, Encodable {
    /// The smallest group any figure may describe.
    public static let minimumGroupSize = 5
    /// The name of the practitioners-and-reps group.
    public static let frontLineName = "front line"

    /// Executive, manager, front line, practitioner, rep: each shown or suppressed; roles nobody answered
    /// as are absent.
    public let byRole: [PulseGroupResult]
    /// Each team's front line, by team name.
    public let byTeam: [PulseGroupResult]
    /// Executives minus the front line, when both are shown.
    public let gap: ConfidenceGap?
    /// Why ``gap`` is absent, when it is.
    public let gapNote: String?
    /// Executives minus each shown team's front line, by team name.
    public let teamGaps: [ConfidenceGap]
    /// The comments, unattributed and sorted; empty with fewer than five answers in all.
    public let comments: [String]
    /// Whether any answer was simulated (results must then be labelled so).
    public let includesSimulated: Bool

    /// Computes the publishable results.
    ///
    /// - Parameter answers: Every answer of one survey.
    public init(answers: [PulseAnswer]) {
        let minimum = Self.minimumGroupSize
        let executives = answers.filter { $0.role == .executive }
        let managers = answers.filter { $0.role == .manager }
        let frontLine = answers.filter { $0.role.isFrontLine }
        let practitioners = answers.filter { $0.role == .practitioner }
        let reps = answers.filter { $0.role == .rep }

        var roles: [PulseGroupResult] = []
        func add(_ name: String, _ group: [PulseAnswer], suppressed: Bool) {
            guard !group.isEmpty else { return }
            roles.append(suppressed ? .suppressed(name: name) : .shown(PulseGroupSummary(name: name, answers: group)))
        }
        add(PulseRole.executive.rawValue, executives, suppressed: executives.count < minimum)
        add(PulseRole.manager.rawValue, managers, suppressed: managers.count < minimum)
        let frontLineShown = frontLine.count >= minimum
        add(Self.frontLineName, frontLine, suppressed: !frontLineShown)
        let split = Self.suppressed([
            (PulseRole.practitioner.rawValue, practitioners.count), (PulseRole.rep.rawValue, reps.count),
        ])
        add(PulseRole.practitioner.rawValue, practitioners, suppressed: !frontLineShown || split.contains("practitioner"))
        add(PulseRole.rep.rawValue, reps, suppressed: !frontLineShown || split.contains("rep"))
        byRole = roles

        let teamNames = Set(frontLine.map(\.team)).sorted()
        let teamAnswers = Dictionary(grouping: frontLine, by: \.team)
        let hiddenTeams = Self.suppressed(teamNames.map { ($0, teamAnswers[$0]?.count ?? 0) })
        byTeam = teamNames.map { name in
            hiddenTeams.contains(name)
                ? .suppressed(name: name) : .shown(PulseGroupSummary(name: name, answers: teamAnswers[name] ?? []))
        }

        let executivesShown = executives.count >= minimum
        if executivesShown && frontLineShown {
            gap = ConfidenceGap(group: Self.frontLineName, executives: executives, frontLine: frontLine)
            gapNote = gap == nil ? "the gap is undefined: confidence does not vary in either group" : nil
        } else {
            gap = nil
            gapNote = executivesShown
                ? "not shown: the front line has fewer than \(minimum) answers"
                : "not shown: executives have fewer than \(minimum) answers"
        }
        teamGaps = executivesShown
            ? teamNames.filter { !hiddenTeams.contains($0) }.compactMap {
                ConfidenceGap(group: $0, executives: executives, frontLine: teamAnswers[$0] ?? [])
            }
            : []
        comments = answers.count >= minimum ? answers.compactMap(\.comment).sorted() : []
        includesSimulated = answers.contains { $0.isSimulated }
    }

    /// The names to suppress in a partition whose total is published: every group below the minimum, then,
    /// while the suppressed groups hold between 1 and minimum − 1 answers, the smallest shown group.
    static func suppressed(_ groups: [(name: String, count: Int)]) -> Set<String> {
        let present = groups.filter { $0.count > 0 }
        var hidden = Set(present.filter { $0.count < minimumGroupSize }.map(\.name))
        var hiddenTotal = present.filter { hidden.contains($0.name) }.reduce(0) { $0 + $1.count }
        let candidates = present.filter { !hidden.contains($0.name) }
            .sorted { ($0.count, $0.name) < ($1.count, $1.name) }
        for candidate in candidates where hiddenTotal > 0 && hiddenTotal < minimumGroupSize {
            hidden.insert(candidate.name)
            hiddenTotal += candidate.count
        }
        return hidden
    }

    /// The published group with this name among the roles, if shown.
    ///
    /// - Parameter name: A role's raw value or ``frontLineName``.
    /// - Returns: Its summary, or nil when absent or suppressed.
    public func role(_ name: String) -> PulseGroupSummary? {
        byRole.first { $0.name == name }?.summary
    }

    /// The published team with this name, if shown.
    ///
    /// - Parameter name: A team.
    /// - Returns: Its front line's summary, or nil when absent or suppressed.
    public func team(_ name: String) -> PulseGroupSummary? {
        byTeam.first { $0.name == name }?.summary
    }
}
