import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    private static let versionColumns = [
        "id", "sequence", "created_at_ms", "source", "metrics_json", "parameters_json", "data_rows",
        "data_positive_rate", "data_first_ms", "data_last_ms", "data_hash", "note",
    ]
    /// The columns of `lead_scores` and `lead_latest_scores` after the history id, in insert order.
    static let scoreColumns = [
        "lead_id", "model_version", "scored_at_ms", "probability", "score", "tier", "reasons",
    ]

    /// Registers a model as the next version; the first version becomes champion (see `ModelStore`).
    public func registerModel(
        _ model: TrainedModel, source: ModelVersionSource, data: ModelDataSummary, createdAt: Date, note: String?
    ) async throws -> ModelVersion {
        let encoder = ModelJSON.encoder()
        let modelJSON: String, parametersJSON: String, metricsJSON: String?
        let metrics = Self.metrics(of: model)
        do {
            modelJSON = String(decoding: try encoder.encode(model), as: UTF8.self)
            parametersJSON = String(decoding: try encoder.encode(model.configuration), as: UTF8.self)
            metricsJSON = try metrics.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        } catch {
            throw ModelStoreError(.invalidModel, "the model cannot be encoded for the registry: \(error)")
        }
        return try await withinTransaction { database in
            let last = try await database.select()
                .column(SQLFunction("MAX", args: SQLIdentifier("sequence")), as: "last")
                .from("model_versions")
                .first()
            let previous = try last.flatMap {
                try RowReader(table: "model_versions", row: $0).optional("last", as: Int.self)
            }
            let sequence = (previous ?? 0) + 1
            let id = ModelVersion.id(forSequence: sequence)
            let values: [any SQLExpression] = [
                SQLBind(id), SQLBind(Int64(sequence)), SQLBind(StoredDate.milliseconds(createdAt)),
                SQLBind(source.rawValue), SQLBind(modelJSON), Self.bind(metricsJSON), SQLBind(parametersJSON),
                SQLBind(Int64(data.rows)), SQLBind(data.positiveRate),
                Self.bind(data.firstDate.map(StoredDate.milliseconds)),
                Self.bind(data.lastDate.map(StoredDate.milliseconds)),
                SQLBind(data.hash), Self.bind(note),
            ]
            try await database.insert(into: "model_versions")
                .columns(["id", "sequence", "created_at_ms", "source", "model_json"] + Self.versionColumns.dropFirst(4))
                .values(values)
                .run()
            var isChampion = false
            if try await championVersion(on: database) == nil {
                try await insertPromotion(
                    ModelPromotion(
                        modelVersion: id, promotedAt: createdAt, promotedBy: "uptake", forced: false,
                        reason: "first model", previousChampion: nil),
                    on: database)
                isChampion = true
            }
            return ModelVersion(
                id: id, sequence: sequence, createdAt: StoredDate.date(StoredDate.milliseconds(createdAt)),
                source: source, metrics: metrics, parameters: model.configuration, data: data, note: note,
                isChampion: isChampion)
        }
    }

    /// The metrics the registry records: `nil` when the model was never evaluated.
    static func metrics(of model: TrainedModel) -> TrainingMetricsSummary? {
        model.evaluation.rowCount > 0 && model.evaluation.rocAUC.isFinite ? TrainingMetricsSummary(model: model) : nil
    }

    /// Every version, oldest first, without the models (see `ModelStore`).
    public func modelVersions() async throws -> [ModelVersion] {
        try await withDatabase { database in
            let champion = try await championVersion(on: database)
            return try await database.select().columns(Self.versionColumns).from("model_versions")
                .orderBy("sequence").all()
                .map { try Self.version(from: $0, champion: champion) }
        }
    }

    /// One version without its model, or `nil` (see `ModelStore`).
    public func modelVersion(_ id: String) async throws -> ModelVersion? {
        try await withDatabase { database in
            let champion = try await championVersion(on: database)
            return try await database.select().columns(Self.versionColumns).from("model_versions")
                .where("id", .equal, id).first()
                .map { try Self.version(from: $0, champion: champion) }
        }
    }

    /// One version's model, or `nil` (see `ModelStore`).
    public func trainedModel(_ id: String) async throws -> TrainedModel? {
        try await withDatabase { database in
            guard let row = try await database.select().column("model_json").from("model_versions")
                .where("id", .equal, id).first()
            else { return nil }
            let text = try RowReader(table: "model_versions", row: row)("model_json", as: String.self)
            do {
                return try ModelJSON.decoder().decode(TrainedModel.self, from: Data(text.utf8))
            } catch {
                throw StoreError(.corruptRow, "the stored model \(id) does not decode: \(error)")
            }
        }
    }

    /// The champion's id: the version of the latest promotion (see `ModelStore`).
    public func championVersion() async throws -> String? {
        try await withDatabase { try await championVersion(on: $0) }
    }

    private func championVersion(on database: any SQLDatabase) async throws -> String? {
        guard let row = try await database.select().column("model_version").from("model_promotions")
            .orderBy("id", .descending).limit(1).first()
        else { return nil }
        return try RowReader(table: "model_promotions", row: row)("model_version", as: String.self)
    }

    /// Records a promotion of an existing version (see `ModelStore`).
    public func recordPromotion(_ promotion: ModelPromotion) async throws {
        try await withinTransaction { database in
            guard try await database.select().column("id").from("model_versions")
                .where("id", .equal, promotion.modelVersion).first() != nil
            else {
                throw ModelStoreError(.notFound, "there is no model version \(promotion.modelVersion)")
            }
            try await insertPromotion(promotion, on: database)
        }
    }

    private func insertPromotion(_ promotion: ModelPromotion, on database: any SQLDatabase) async throws {
        try await database.insert(into: "model_promotions")
            .columns("model_version", "promoted_at_ms", "promoted_by", "forced", "reason", "previous_champion")
            .values([
                SQLBind(promotion.modelVersion), SQLBind(StoredDate.milliseconds(promotion.promotedAt)),
                SQLBind(promotion.promotedBy), SQLBind(Int64(promotion.forced ? 1 : 0)), SQLBind(promotion.reason),
                Self.bind(promotion.previousChampion),
            ] as [any SQLExpression])
            .run()
    }

    /// Every promotion, oldest first (see `ModelStore`).
    public func promotions() async throws -> [ModelPromotion] {
        try await withDatabase { database in
            try await database.select()
                .columns("model_version", "promoted_at_ms", "promoted_by", "forced", "reason", "previous_champion")
                .from("model_promotions").orderBy("id").all()
                .map { row in
                    let reader = RowReader(table: "model_promotions", row: row)
                    return ModelPromotion(
                        modelVersion: try reader("model_version"),
                        promotedAt: StoredDate.date(try reader("promoted_at_ms")),
                        promotedBy: try reader("promoted_by"), forced: try reader("forced", as: Int64.self) != 0,
                        reason: try reader("reason"), previousChampion: try reader.optional("previous_champion"))
                }
        }
    }

    /// Appends scores and updates each lead's latest score, in one transaction (see `ModelStore`).
    public func appendScores(_ scores: [StoredLeadScore]) async throws {
        if scores.isEmpty { return }
        let encoder = ModelJSON.encoder()
        let rows: [[any SQLExpression]] = try scores.map { score in
            let reasons = StoredReasons(positive: score.positiveReasons, negative: score.negativeReasons)
            return [
                SQLBind(score.lead.rawValue), SQLBind(score.modelVersion), SQLBind(StoredDate.milliseconds(score.scoredAt)),
                Self.bind(score.probability), SQLBind(Int64(score.score)), SQLBind(score.tier.rawValue),
                SQLBind(String(decoding: try encoder.encode(reasons), as: UTF8.self)),
            ]
        }
        // The latest of each lead's scores in this batch (later in the list wins on equal times): one
        // statement may not update a row twice (PostgreSQL's ON CONFLICT rule).
        var latest: [LeadID: Int] = [:]
        for (index, score) in scores.enumerated() {
            if let known = latest[score.lead], scores[known].scoredAt > score.scoredAt { continue }
            latest[score.lead] = index
        }
        let latestRows = latest.values.sorted()
        let perStatement = min(Self.maxRowsPerStatement, Self.maxBindsPerStatement / Self.scoreColumns.count)
        try await withinTransaction { database in
            var start = 0
            while start < rows.count {
                let end = min(start + perStatement, rows.count)
                var insert = database.insert(into: "lead_scores").columns(Self.scoreColumns)
                for row in rows[start..<end] { insert = insert.values(row) }
                try await insert.run()
                start = end
            }
            start = 0
            while start < latestRows.count {
                let end = min(start + perStatement, latestRows.count)
                var insert = database.insert(into: "lead_latest_scores").columns(Self.scoreColumns)
                for index in latestRows[start..<end] { insert = insert.values(rows[index]) }
                try await insert.onConflict(with: ["lead_id"]) { update in
                    var update = update
                    for column in Self.scoreColumns.dropFirst() { update = update.set(excludedValueOf: column) }
                    // An older score (written late) never replaces a newer one.
                    return update.where(
                        SQLExcludedColumn("scored_at_ms"), .greaterThanOrEqual,
                        SQLColumn("scored_at_ms", table: "lead_latest_scores"))
                }.run()
                start = end
            }
        }
    }

    /// The latest score per lead, from the per-lead copy (see `ModelStore`).
    public func latestScores(for leads: [LeadID]?) async throws -> [LeadID: StoredLeadScore] {
        try await withDatabase { database in
            var result: [LeadID: StoredLeadScore] = [:]
            let decoder = ModelJSON.decoder()
            func read(_ rows: [any SQLRow]) throws {
                result.reserveCapacity(result.count + rows.count)
                for row in rows {
                    let score = try Self.score(from: row, table: "lead_latest_scores", decoder: decoder)
                    result[score.lead] = score
                }
            }
            guard let leads else {
                try read(try await database.select().columns(Self.scoreColumns).from("lead_latest_scores").all())
                return result
            }
            let keys = Array(Set(leads.map(\.rawValue)))
            var start = 0
            while start < keys.count {
                let end = min(start + Self.maxBindsPerStatement, keys.count)
                try read(
                    try await database.select().columns(Self.scoreColumns).from("lead_latest_scores")
                        .where("lead_id", .in, Array(keys[start..<end])).all())
                start = end
            }
            return result
        }
    }

    /// A page of the latest scores by lead id (see `ModelStore`).
    public func latestScores(afterLead: LeadID?, limit: Int) async throws -> [StoredLeadScore] {
        try await withDatabase { database in
            let select = database.select().columns(Self.scoreColumns).from("lead_latest_scores")
            if let afterLead { select.where("lead_id", .greaterThan, afterLead.rawValue) }
            let decoder = ModelJSON.decoder()
            return try await select.orderBy("lead_id").limit(max(0, limit)).all().map { row in
                try Self.score(from: row, table: "lead_latest_scores", decoder: decoder)
            }
        }
    }

    /// A page of the score history, in the order written (see `ModelStore`).
    public func scoreHistory(after: Int64?, limit: Int) async throws -> [StoredLeadScore] {
        try await withDatabase { database in
            let select = database.select().columns(["id"] + Self.scoreColumns).from("lead_scores")
            if let after { select.where("id", .greaterThan, after) }
            let decoder = ModelJSON.decoder()
            return try await select.orderBy("id").limit(max(0, limit)).all().map { row in
                var score = try Self.score(from: row, table: "lead_scores", decoder: decoder)
                score.sequence = try RowReader(table: "lead_scores", row: row)("id", as: Int64.self)
                return score
            }
        }
    }

    /// Each lead's last-written probability score by a model dated in `[from, to)` (see `ModelHealthStore`).
    public func latestModelScores(modelVersion: String, from: Date, to: Date) async throws -> [StoredLeadScore] {
        try await modelScores(picking: "MAX") { select in
            select.where(SQLColumn("scored_at_ms", table: "lead_scores"), .greaterThanOrEqual,
                         SQLBind(StoredDate.firstMillisecond(notBefore: from)))
                .where(SQLColumn("scored_at_ms", table: "lead_scores"), .lessThan,
                       SQLBind(StoredDate.firstMillisecond(notBefore: to)))
                .where(SQLColumn("model_version", table: "lead_scores"), .equal, SQLBind(modelVersion))
        }
    }

    /// Each lead's first-written probability score by a model inside its outcome window (see `ModelHealthStore`).
    public func firstModelScoresInOutcomeWindow(
        modelVersion: String, createdFrom: Date, createdTo: Date, horizon: TimeInterval, before: Date
    ) async throws -> [StoredLeadScore] {
        let created = SQLColumn("created_at_ms", table: Lead.table)
        let scored = SQLColumn("scored_at_ms", table: "lead_scores")
        let windowEnd = SQLBinaryExpression(created, .add, SQLBind(Int64((horizon * 1000).rounded())))
        return try await modelScores(picking: "MIN") { select in
            select.join(
                Lead.table, on: SQLColumn("id", table: Lead.table), .equal, SQLColumn("lead_id", table: "lead_scores"))
                .where(SQLColumn("model_version", table: "lead_scores"), .equal, SQLBind(modelVersion))
                .where(created, .greaterThanOrEqual, SQLBind(StoredDate.firstMillisecond(notBefore: createdFrom)))
                .where(created, .lessThan, SQLBind(StoredDate.firstMillisecond(notBefore: createdTo)))
                .where(scored, .lessThan, SQLBind(StoredDate.firstMillisecond(notBefore: before)))
                .where(scored, .lessThan, windowEnd)
        }
    }

    /// One probability score per lead, the one whose history id `aggregate` (`MIN` or `MAX`) picks among the
    /// rows `filter` keeps, ordered by lead id.
    private func modelScores(
        picking aggregate: String, filter: (SQLSubqueryBuilder) -> SQLSubqueryBuilder
    ) async throws -> [StoredLeadScore] {
        try await withDatabase { database in
            let picked = SQLSubqueryBuilder()
            _ = filter(
                picked.column(SQLFunction(aggregate, args: SQLColumn("id", table: "lead_scores")))
                    .from("lead_scores")
                    .where(SQLColumn("probability", table: "lead_scores"), .isNot, SQLLiteral.null))
                .groupBy(SQLColumn("lead_id", table: "lead_scores"))
            let decoder = ModelJSON.decoder()
            return try await database.select().columns(["id"] + Self.scoreColumns).from("lead_scores")
                .where(SQLIdentifier("id"), .in, picked.query)
                .orderBy("lead_id").all()
                .map { row in
                    var score = try Self.score(from: row, table: "lead_scores", decoder: decoder)
                    score.sequence = try RowReader(table: "lead_scores", row: row)("id", as: Int64.self)
                    return score
                }
        }
    }

    /// A score read back from a row of `lead_scores` or `lead_latest_scores` selected with `scoreColumns`.
    static func score(from row: any SQLRow, table: String, decoder: JSONDecoder) throws -> StoredLeadScore {
        let reader = RowReader(table: table, row: row)
        let tierText: String = try reader("tier")
        let reasonsText: String = try reader("reasons")
        guard let tier = LeadTier(rawValue: tierText) else {
            throw StoreError(.corruptRow, "\(table).tier holds \"\(tierText)\", not gold, silver or bronze")
        }
        let reasons: StoredReasons
        do {
            reasons = try decoder.decode(StoredReasons.self, from: Data(reasonsText.utf8))
        } catch {
            throw StoreError(.corruptRow, "\(table).reasons does not decode: \(error)")
        }
        return StoredLeadScore(
            lead: LeadID(try reader("lead_id", as: String.self)), modelVersion: try reader("model_version"),
            scoredAt: StoredDate.date(try reader("scored_at_ms")), probability: try reader.optional("probability"),
            score: Int(try reader("score", as: Int64.self)), tier: tier,
            positiveReasons: reasons.positive, negativeReasons: reasons.negative)
    }

    private static func version(from row: any SQLRow, champion: String?) throws -> ModelVersion {
        let reader = RowReader(table: "model_versions", row: row)
        let decoder = ModelJSON.decoder()
        let id: String = try reader("id")
        let sourceText: String = try reader("source")
        guard let source = ModelVersionSource(rawValue: sourceText) else {
            throw StoreError(.corruptRow, "model_versions.source holds \"\(sourceText)\"")
        }
        let metricsText: String? = try reader.optional("metrics_json")
        let parametersText: String = try reader("parameters_json")
        return try reader.make {
            ModelVersion(
                id: id, sequence: Int(try reader("sequence", as: Int64.self)),
                createdAt: StoredDate.date(try reader("created_at_ms")), source: source,
                metrics: try metricsText.map { try decoder.decode(TrainingMetricsSummary.self, from: Data($0.utf8)) },
                parameters: try decoder.decode(TrainingConfiguration.self, from: Data(parametersText.utf8)),
                data: ModelDataSummary(
                    rows: Int(try reader("data_rows", as: Int64.self)),
                    positiveRate: try reader("data_positive_rate"),
                    firstDate: try reader.optional("data_first_ms", as: Int64.self).map(StoredDate.date),
                    lastDate: try reader.optional("data_last_ms", as: Int64.self).map(StoredDate.date),
                    hash: try reader("data_hash")),
                note: try reader.optional("note"), isChampion: id == champion)
        }
    }

    private static func bind(_ value: (any Encodable & Sendable)?) -> any SQLExpression {
        value.map { SQLBind($0) } ?? SQLLiteral.null
    }
}

/// The JSON held in a score row's `reasons` column.
struct StoredReasons: Codable {
    var positive: [ScoreReason]
    var negative: [ScoreReason]
}
