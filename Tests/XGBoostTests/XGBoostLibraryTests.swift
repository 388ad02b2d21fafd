import Testing
import XGBoost

@Suite("XGBoostLibrary")
struct XGBoostLibraryTests {
    @Test("the linked library is XGBoost 1.7 (Debian's libxgboost-dev), the version the fixtures assume")
    func version() {
        #expect(XGBoostLibrary.version.hasPrefix("1.7."))
    }
}
