import ConsoleKitTerminal
import Foundation

/// A progress bar on the terminal for long work, and silence when output goes to a file or a pipe
/// (so logs and CI output stay clean).
final class ProgressReporter: Sendable {
    private let indicator: ActivityIndicator<ProgressBar>?

    /// Starts a bar titled `title` when standard output is a terminal.
    init(title: String) {
        if isatty(STDOUT_FILENO) == 1 {
            let bar = Terminal().progressBar(title: title)
            bar.start(refreshRate: 10)
            indicator = bar
        } else {
            indicator = nil
        }
    }

    /// Sets the fraction done, 0...1.
    func update(_ fraction: Double) {
        indicator?.activity.currentProgress = min(1, max(0, fraction))
    }

    /// Sets the fraction done, 0...1, and the title (the step the work is in).
    ///
    /// - Parameters:
    ///   - fraction: The fraction done, clamped to 0...1.
    ///   - title: The bar's new title.
    func update(_ fraction: Double, title: String) {
        guard let indicator else { return }
        var activity = indicator.activity
        activity.currentProgress = min(1, max(0, fraction))
        activity.title = title
        indicator.activity = activity
    }

    /// Ends the bar as a success.
    func succeed() { indicator?.succeed() }

    /// Ends the bar as a failure.
    func fail() { indicator?.fail() }
}
