import UptakeCore

/// A row that decoded cleanly, waiting for its references to be checked before it becomes a value.
struct RowDraft<Value> {
    let line: Int
    let fields: [String]
    var reps: [RowReference] = []
    var leads: [RowReference] = []
    /// Builds the value once the rep keys are resolved (key -> rep id).
    let make: ([String: RepID]) throws -> Value
}
