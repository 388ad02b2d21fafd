extension PilotAnalysis {
    /// Encodes every key, writing `null` for estimates that could not be made (no pre-period column,
    /// say), so that JSON consumers see the same keys for every pilot.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` for non-finite numbers.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(treatmentCount, forKey: .treatmentCount)
        try c.encode(controlCount, forKey: .controlCount)
        try c.encode(treatmentMean, forKey: .treatmentMean)
        try c.encode(controlMean, forKey: .controlMean)
        try c.encode(itt, forKey: .itt)
        try c.encode(ittDegreesOfFreedom, forKey: .ittDegreesOfFreedom)
        try c.encode(randomizationPValue, forKey: .randomizationPValue)
        try c.encode(randomizationIsExact, forKey: .randomizationIsExact)
        try c.encode(cuped, forKey: .cuped)
        try c.encode(cupedTheta, forKey: .cupedTheta)
        try c.encode(cupedVarianceReduction, forKey: .cupedVarianceReduction)
        try c.encode(sequential, forKey: .sequential)
        try c.encode(cace, forKey: .cace)
        try c.encode(complianceDifference, forKey: .complianceDifference)
        try c.encode(relative, forKey: .relative)
        try c.encode(srmPValue, forKey: .srmPValue)
        try c.encode(srmFlagged, forKey: .srmFlagged)
        try c.encode(confidenceLevel, forKey: .confidenceLevel)
        try c.encode(summary, forKey: .summary)
    }
}
