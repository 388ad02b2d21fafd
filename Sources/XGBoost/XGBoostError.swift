/// A failure reported by the XGBoost C library, or an input this wrapper rejected before calling it.
///
/// Codes can grow without breaking callers (swift-nio style). When the C library fails, `message` is
/// XGBoost's own text, read with `XGBGetLastError()` right after the failing call.
///
/// ```swift
/// do {
///     _ = try Booster(jsonModel: Data("garbage".utf8))
/// } catch let error as XGBoostError {
///     print(error.code, error.function, error.message)
/// }
/// ```
public struct XGBoostError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case libraryFailure, outOfBounds, invalidArgument, unsupportedModel
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The C function returned -1: XGBoost rejected the call; the message is XGBoost's.
        public static let libraryFailure = Code(.libraryFailure)
        /// The C function returned -2 (an index out of bounds, e.g. slicing past the last round).
        public static let outOfBounds = Code(.outOfBounds)
        /// This wrapper rejected the input before calling XGBoost (ragged rows, wrong lengths).
        public static let invalidArgument = Code(.invalidArgument)
        /// A model written by a newer XGBoost than the linked library, which would misread it.
        public static let unsupportedModel = Code(.unsupportedModel)

        public var description: String { base.rawValue }
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong: XGBoost's message for library failures, ours for rejected arguments.
    public var message: String
    /// The C function that failed (`"XGBoosterPredictFromDMatrix"`), or the Swift API that rejected input.
    public var function: String

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: What went wrong.
    ///   - function: The C function (or Swift API) that failed.
    public init(_ code: Code, _ message: String, function: String) {
        self.code = code
        self.message = message
        self.function = function
    }

    public var description: String { "\(function): \(message)" }
}
