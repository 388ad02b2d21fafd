import ArgumentParser
import Foundation
import UptakeCore

/// `uptake roi`: NPV, IRR and payback of a series of cash flows.
///
/// ```
/// $ uptake roi --rate 0.08 --cash-flows "-100000,30000,40000,50000,20000" --json
/// {"discounted_payback":2.955584,"irr":0.15322137877181544,"irr_status":"unique","npv":16463.539696786625,"payback":2.6}
/// ```
public struct ROICommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "roi",
        abstract: "NPV, IRR and payback of cash flows, or of a rollout priced from a measured uplift.",
        discussion: """
            Either --cash-flows, or --uplift with the rollout options: the benefit per period is uplift x \
            margin x reps, the costs are build + reps x training hours x rate at t = 0 and licence + running \
            each period, over --horizon periods at --rate; a Monte Carlo over the uplift's sampling \
            distribution (normal, standard error from --uplift-se or from --uplift-ci-low/--uplift-ci-high as a \
            95% interval) gives P10, P50, P90 of NPV and P(NPV > 0). \
            Payback is the fractional number of periods until the cumulative cash flow first reaches zero, \
            interpolating linearly within the period; it is null when never reached. IRR is null when the \
            cash flows never change sign, and flagged "may_be_several" when they change sign more than once.
            """
    )

    /// Discount rate per period.
    @Option(parsing: .unconditional, help: "Discount rate per period, e.g. 0.008 for 0.8% a month.")
    public var rate: Double

    /// The cash flows.
    // `.unconditional`: the first flow is usually negative, and "-100,…" must not read as a flag.
    @Option(name: .customLong("cash-flows"), parsing: .unconditional,
            help: "Comma-separated cash flows c0,c1,...; c0 is at t = 0.")
    public var cashFlows: String?

    /// The rollout priced from a measured uplift.
    @OptionGroup(title: "Rollout from a measured uplift") var rollout: ROIRolloutOptions

    /// JSON output.
    @Flag(help: "Print JSON: npv, irr, irr_status, payback, discounted_payback.")
    public var json = false

    public init() {}

    public func validate() throws {
        guard rate > -1 else { throw ValidationError("--rate must be greater than -1") }
        switch (cashFlows, rollout.uplift) {
        case (nil, nil): throw ValidationError("give --cash-flows, or --uplift with the rollout options")
        case (.some, .some): throw ValidationError("give --cash-flows or --uplift, not both")
        case (.some, nil): _ = try parsedFlows()
        case (nil, .some): _ = try rollout.upliftEstimate()
        }
    }

    public func run() throws {
        if cashFlows == nil {
            print(try rollout.report(rate: rate, json: json))
            return
        }
        print(try Self.report(flows: CashFlows(parsedFlows()), rate: rate, json: json))
    }

    func parsedFlows() throws -> [Double] {
        let parts = (cashFlows ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap(Double.init)
        guard !parts.isEmpty, values.count == parts.count, values.allSatisfy(\.isFinite) else {
            throw ValidationError("--cash-flows must be comma-separated numbers, e.g. \"-1000,300,400,500\"")
        }
        return values
    }

    /// The command's output for `flows` at `rate`.
    ///
    /// - Parameters:
    ///   - flows: The cash flows.
    ///   - rate: The discount rate per period.
    ///   - json: JSON (sorted keys) or text.
    /// - Returns: The text to print.
    /// - Throws: `EncodingError` for non-finite numbers.
    static func report(flows: CashFlows, rate: Double, json: Bool) throws -> String {
        let report = Report(
            npv: flows.npv(rate: rate), irr: flows.irr(), payback: flows.payback(),
            discountedPayback: flows.discountedPayback(rate: rate)
        )
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(report), as: UTF8.self)
        }
        func periods(_ value: Double?) -> String { value.map { String(format: "%.2f periods", $0) } ?? "never" }
        let irrText: String
        switch (report.irr.rate, report.irr.status) {
        case let (rate?, .mayBeSeveral): irrText = String(format: "%.4f%% (cash flows change sign more than once: "
            + "there may be several)", rate * 100)
        case let (rate?, _): irrText = String(format: "%.4f%%", rate * 100)
        case (nil, .none): irrText = "none (cash flows never change sign)"
        case (nil, _): irrText = "not found"
        }
        return """
            NPV: \(String(format: "%.2f", report.npv))
            IRR: \(irrText)
            Payback: \(periods(report.payback))
            Discounted payback: \(periods(report.discountedPayback))
            """
    }

    /// The JSON shape; absent values are explicit nulls.
    struct Report: Encodable {
        var npv: Double
        var irr: InternalRateOfReturn
        var payback: Double?
        var discountedPayback: Double?

        enum CodingKeys: String, CodingKey {
            case npv, irr, irrStatus = "irr_status", payback, discountedPayback = "discounted_payback"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(npv, forKey: .npv)
            try container.encode(irr.rate, forKey: .irr)
            try container.encode(irr.status.rawValue, forKey: .irrStatus)
            try container.encode(payback, forKey: .payback)
            try container.encode(discountedPayback, forKey: .discountedPayback)
        }
    }
}
