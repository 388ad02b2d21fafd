/// The part of an OSRM `table` answer the client reads: `{"code": "Ok", "durations": [[seconds or null]]}`.
///
/// See the OSRM HTTP API, "Table service" (project-osrm.org/docs/v5.24.0/api/#table-service): `durations`
/// holds one row per source and one column per destination, in seconds, `null` where no route exists; on
/// failure `code` names the error and `message` says why.
struct OSRMTableResponse: Decodable {
    /// `Ok`, or an error code such as `InvalidQuery`, `NoTable`, `TooBig`.
    var code: String
    /// The error's explanation, when `code` is not `Ok`.
    var message: String?
    /// Seconds from each source to each destination.
    var durations: [[Double?]]?
}
