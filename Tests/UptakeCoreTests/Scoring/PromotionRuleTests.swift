import Testing
import UptakeCore

@Suite("Promotion rule")
struct PromotionRuleTests {
    typealias Metrics = PromotionRule.Metrics
    let champion = Metrics(version: "m-0001", rocAUC: 0.78, logLoss: 0.30)

    @Test("allowed when neither ROC AUC nor log loss is worse; the first model needs no comparison")
    func allowed() {
        let rule = PromotionRule()
        let equal = Metrics(version: "m-0002", rocAUC: 0.78, logLoss: 0.30)
        let better = Metrics(version: "m-0002", rocAUC: 0.80, logLoss: 0.29)
        #expect(rule.verdict(candidate: equal, champion: champion).isAllowed)
        #expect(rule.verdict(candidate: better, champion: champion).isAllowed)
        #expect(rule.verdict(candidate: Metrics(version: "m-0001", rocAUC: .nan, logLoss: .nan), champion: nil).isAllowed)
    }

    @Test("refused when either is worse, with both models' metrics in the reason")
    func refused() {
        let rule = PromotionRule()
        let lowerAUC = rule.verdict(candidate: Metrics(version: "m-0002", rocAUC: 0.77, logLoss: 0.29), champion: champion)
        #expect(!lowerAUC.isAllowed)
        #expect(lowerAUC.reason
            == "the candidate has lower ROC AUC (candidate m-0002: ROC AUC 0.77, log loss 0.29; champion m-0001: "
            + "ROC AUC 0.78, log loss 0.3)")
        let both = rule.verdict(candidate: Metrics(version: "m-0002", rocAUC: 0.7, logLoss: 0.4), champion: champion)
        #expect(both.reason.hasPrefix("the candidate has lower ROC AUC and higher log loss"))
        let unknown = rule.verdict(candidate: Metrics(version: "m-0003", rocAUC: .nan, logLoss: .nan), champion: champion)
        #expect(!unknown.isAllowed && unknown.reason.contains("m-0003: not evaluated"))
        #expect(!rule.verdict(candidate: champion, champion: champion).isAllowed)
    }
}
