import Foundation
import UptakeCore

extension PilotStoreAnalysis {
    /// The analysis JSON (`itt`, `cuped`, `sequential`, `cace`, `relative`, `srm_p_value`, …) with `pilot`,
    /// `status`, `plan_hash`, `plan_hash_verified` and `weeks_observed` added.
    ///
    /// - Returns: Sorted-key JSON, the same for `uptake pilot analyze --json` and the API.
    /// - Throws: `EncodingError` for non-finite numbers.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        var object = try JSONSerialization.jsonObject(with: try encoder.encode(analysis)) as? [String: Any] ?? [:]
        object["pilot"] = pilot.id
        object["status"] = pilot.status.rawValue
        object["plan_hash"] = pilot.planHash
        object["plan_hash_verified"] = hashVerified
        object["weeks_observed"] = weeksObserved
        object["metric"] = pilot.design.metric.rawValue
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
