/// Facts about this build of Uptake.
public enum Uptake {
    /// The product's version, shown by `uptake --version` and `/health`.
    public static let version = "0.1.0"
}
