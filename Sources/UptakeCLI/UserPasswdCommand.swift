import ArgumentParser
import UptakeServer
import UptakeStore

/// `uptake user passwd NAME`: sets a new password (from standard input or a prompt); signs the user out.
struct UserPasswdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Set a user's password (read from standard input, or asked for on a terminal).",
        discussion: "Every browser session of the user ends."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The login name.")
    var name: String

    func run() async throws {
        let password = try PasswordInput.read(prompt: "New password for \(name): ")
        try await database.withRepository { repository in
            do {
                try await AccountService(repository: repository, bcryptCost: PasswordInput.bcryptCost)
                    .setPassword(name: name, password: password)
            } catch let error as AccountError {
                throw UserCommandError(error.message)
            }
        }
        print("Password of \(name) changed; their sessions ended.")
    }
}
