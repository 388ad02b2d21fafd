extension TrainedModel {
    /// The lead attributes the model reads and their kinds: what ``LeadFeatureTable`` takes to build
    /// scoring rows the model's schema fits.
    ///
    /// ```swift
    /// let rows = try LeadFeatureTable(leads: leads, reps: reps, asOf: today, attributeKinds: model.attributeKinds)
    /// ```
    public var attributeKinds: [String: AttributeKind] {
        Dictionary(uniqueKeysWithValues: schema.columns
            .filter { !LeadFeatureTable.reservedColumns.contains($0.name) }
            .map { ($0.name, $0.encoding.kind) })
    }
}
