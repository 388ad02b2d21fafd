import Foundation

/// Reads a password: the first line of standard input, or a hidden prompt when standard input is a terminal.
enum PasswordInput {
    /// The environment variable that sets the bcrypt cost (tests set 4; the default is 12).
    static let costVariable = "UPTAKE_BCRYPT_COST"

    /// The bcrypt cost in force.
    static var bcryptCost: UInt8 {
        ProcessInfo.processInfo.environment[costVariable].flatMap(UInt8.init).map { min(max($0, 4), 31) } ?? 12
    }

    /// Reads the password.
    ///
    /// - Parameter prompt: What to ask on a terminal.
    /// - Returns: The password, without its line ending.
    /// - Throws: `ValidationError`-like ``UserCommandError`` when nothing was given.
    static func read(prompt: String) throws -> String {
        if isatty(STDIN_FILENO) == 1, let typed = getpass(prompt) {
            return String(cString: typed)
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw UserCommandError("no password on standard input")
        }
        return line
    }
}

/// A user command's failure, printed as `Error: message`.
struct UserCommandError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
