/// One column's (or the score's) reference distribution: its bins and the reference sample's share in
/// each, computed at training time and kept with the model.
public struct ColumnProfile: Hashable, Sendable, Codable {
    /// The column's name (`FeatureProfile.scoreColumnName` for the model's score).
    public var name: String
    /// How values fall into bins.
    public var binning: DistributionBinning
    /// The reference shares per bin, floored at ``PopulationStabilityIndex/shareFloor``.
    public var referenceShares: [Double]
    /// The reference rows the shares come from.
    public var referenceCount: Int

    /// Makes a profile from its parts.
    ///
    /// - Parameters:
    ///   - name: The column's name.
    ///   - binning: The bins.
    ///   - referenceShares: One floored share per bin.
    ///   - referenceCount: The reference rows.
    public init(name: String, binning: DistributionBinning, referenceShares: [Double], referenceCount: Int) {
        self.name = name
        self.binning = binning
        self.referenceShares = referenceShares
        self.referenceCount = referenceCount
    }

    /// Profiles a numeric sample at its own deciles.
    ///
    /// - Parameters:
    ///   - name: The column's name.
    ///   - numbers: The reference values (NaN is missing).
    ///   - binCount: Value bins wanted.
    /// - Returns: The profile.
    /// - Throws: ``HealthError`` `.outOfRange` for a bin count below 2.
    public static func numeric(name: String, numbers: [Double], binCount: Int = 10) throws -> ColumnProfile {
        let binning = try DistributionBinning.quantileBins(of: numbers, binCount: binCount)
        return ColumnProfile(
            name: name, binning: binning,
            referenceShares: PopulationStabilityIndex.shares(counts: binning.counts(numbers: numbers)),
            referenceCount: numbers.count)
    }

    /// Profiles a categorical sample over the levels it contains, in first-seen order, or over given levels.
    ///
    /// - Parameters:
    ///   - name: The column's name.
    ///   - levels: The reference values (`nil` is missing).
    ///   - keeping: The levels to give a bin of their own (e.g. the model's one-hot levels); any other value
    ///     falls in the "other" bin. Nil keeps every level seen. A model pools rare levels, and so should
    ///     drift: a few leads from a town seen twice in training would otherwise swing the PSI by chance.
    /// - Returns: The profile.
    public static func categorical(name: String, levels: [String?], keeping: [String]? = nil) -> ColumnProfile {
        var seen = Set<String>()
        var ordered: [String] = []
        for case let level? in levels where seen.insert(level).inserted { ordered.append(level) }
        let binning = DistributionBinning.categorical(levels: keeping ?? ordered)
        return ColumnProfile(
            name: name, binning: binning,
            referenceShares: PopulationStabilityIndex.shares(counts: binning.counts(levels: levels)),
            referenceCount: levels.count)
    }

    /// The PSI of a current sample of numbers against this profile.
    ///
    /// - Parameter numbers: The current values (NaN is missing).
    /// - Returns: The drift of this column.
    /// - Throws: ``HealthError`` `.kindMismatch` when the profile is categorical.
    public func drift(numbers: [Double]) throws -> FeatureDrift {
        guard case .numeric = binning else {
            throw HealthError(.kindMismatch, "column \"\(name)\" was profiled as categories but now holds numbers")
        }
        return try drift(counts: binning.counts(numbers: numbers))
    }

    /// The PSI of a current sample of levels against this profile.
    ///
    /// - Parameter levels: The current values (`nil` is missing).
    /// - Returns: The drift of this column.
    /// - Throws: ``HealthError`` `.kindMismatch` when the profile is numeric.
    public func drift(levels: [String?]) throws -> FeatureDrift {
        guard case .categorical = binning else {
            throw HealthError(.kindMismatch, "column \"\(name)\" was profiled as numbers but now holds categories")
        }
        return try drift(counts: binning.counts(levels: levels))
    }

    /// The drift for current counts over this profile's bins.
    private func drift(counts: [Int]) throws -> FeatureDrift {
        let shares = PopulationStabilityIndex.shares(counts: counts)
        let psi = try PopulationStabilityIndex.value(referenceShares: referenceShares, currentShares: shares)
        return FeatureDrift(name: name, psi: psi, currentShares: shares, currentCount: counts.reduce(0, +))
    }
}
