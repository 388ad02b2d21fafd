import CXGBoost

/// Turns a C API return code into a Swift error.
///
/// Every call into XGBoost goes through this one function. XGBoost keeps its last error message in a
/// thread-local buffer that the next call on the same thread overwrites, so the message is read at
/// once, before anything else can call into the library.
///
/// - Parameters:
///   - returnCode: What the C function returned: 0 on success, -1 on failure, -2 out of bounds.
///   - function: The C function's name, carried in the error.
/// - Throws: `XGBoostError` when `returnCode` is not 0.
@inline(__always)
func check(_ returnCode: Int32, function: String) throws(XGBoostError) {
    guard returnCode != 0 else { return }
    let message = XGBGetLastError().map { String(cString: $0) } ?? "unknown XGBoost error"
    let code: XGBoostError.Code = returnCode == -2 ? .outOfBounds : .libraryFailure
    throw XGBoostError(code, message, function: function)
}
