import Testing
@testable import UptakeCore

@Suite("Sample moments")
struct SampleMomentsTests {
    @Test func varianceIsStableForLargeMeans() {
        // numpy: np.var([1e9+4, 1e9+7, 1e9+13, 1e9+16], ddof=1) == 30.0
        let moments = SampleMoments([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
        #expect(moments.count == 4)
        #expect(moments.mean == 1e9 + 10)
        #expect(abs(moments.variance - 30) < 1e-6)
    }

    @Test func covarianceMatchesTheTextbookFormula() {
        // numpy: np.cov([1,2,3,4],[2,4,5,9])[0,1] == 3.6666666666666665
        #expect(abs(SampleMoments.covariance([1, 2, 3, 4], [2, 4, 5, 9]) - 3.6666666666666665) < 1e-12)
    }
}
