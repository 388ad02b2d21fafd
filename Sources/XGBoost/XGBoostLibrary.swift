import CXGBoost

/// Facts about the XGBoost C library this process is linked against.
///
/// ```swift
/// print(XGBoostLibrary.version) // "1.7.4"
/// ```
public enum XGBoostLibrary {
    /// The library's version as `major.minor.patch`, read with `XGBoostVersion`.
    public static var version: String {
        let (major, minor, patch) = versionNumbers
        return "\(major).\(minor).\(patch)"
    }

    /// The library's version as numbers `(major, minor, patch)`, read with `XGBoostVersion`.
    public static var versionNumbers: (major: Int, minor: Int, patch: Int) {
        var major: Int32 = 0
        var minor: Int32 = 0
        var patch: Int32 = 0
        XGBoostVersion(&major, &minor, &patch)
        return (Int(major), Int(minor), Int(patch))
    }
}
