/// One row of the analyst's models table: a registry entry (``AnalystSummary/Model``) with its metrics
/// printed to three decimals, as the model page prints them.
struct ModelRegistryRow: Codable, Sendable, Equatable {
    var id: String
    var createdAt: String
    var source: String
    var champion: Bool
    var rocAUC: String
    var averagePrecision: String
    var brier: String
    var ece: String
    var rowsTrain: String

    /// The row of a registry entry.
    ///
    /// - Parameter model: The entry.
    init(_ model: AnalystSummary.Model) {
        let fixed = ModelDiagnostics.fixed
        id = model.id
        createdAt = model.createdAt
        source = model.source
        champion = model.champion
        rocAUC = fixed(model.rocAUC, 3)
        averagePrecision = fixed(model.averagePrecision, 3)
        brier = fixed(model.brier, 3)
        ece = fixed(model.ece, 3)
        rowsTrain = model.rowsTrain.map(String.init) ?? "–"
    }
}
