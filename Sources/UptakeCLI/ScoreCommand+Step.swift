extension ScoreCommand {
    /// How far a store scoring run has got: the phase it is in and how many leads of it are done.
    ///
    /// `uptake score` reports one step per page of leads read, per batch scored and per batch of scores
    /// written, so that its progress bar moves with the work instead of jumping at the end.
    struct Step: Hashable, Sendable {
        /// The phases of a store run, in the order they happen.
        enum Phase: Int, Hashable, Sendable, CaseIterable {
            /// Reading the leads and reps from the store.
            case readingLeads
            /// Building features and scoring them with the model or the rules.
            case scoring
            /// Appending the scores to the history (one transaction).
            case writingScores

            /// The progress bar's title during the phase.
            var title: String {
                switch self {
                case .readingLeads: "Reading leads"
                case .scoring: "Scoring leads"
                case .writingScores: "Writing scores"
                }
            }

            /// The percentage of the whole run's time the phase takes (they sum to 100): on 100,000 demo
            /// leads on a quiet machine `bench/store-scoring` measured 18–19% reading (start-up and the
            /// model included), 57–62% scoring (the SHAP reasons) and 20–24% writing, on SQLite and
            /// PostgreSQL (2026-11-24, after scoring's own work moved onto every core).
            var percent: Int {
                switch self {
                case .readingLeads: 18
                case .scoring: 60
                case .writingScores: 22
                }
            }
        }

        /// The phase.
        var phase: Phase
        /// Leads done in the phase.
        var done: Int
        /// Leads the phase works through.
        var total: Int

        /// The fraction of the whole run done, 0...1: the shares of the earlier phases plus this phase's
        /// share times its fraction done (in percent first, so that the last step is exactly 1).
        var fraction: Double {
            let before = Phase.allCases.filter { $0.rawValue < phase.rawValue }.map(\.percent).reduce(0, +)
            let within = total <= 0 ? 1 : min(1, max(0, Double(done) / Double(total)))
            return (Double(before) + Double(phase.percent) * within) / 100
        }
    }
}
