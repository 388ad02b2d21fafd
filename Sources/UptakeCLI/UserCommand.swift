import ArgumentParser

/// `uptake user`: accounts for the web app and the API.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage web and API users: add, passwd, token, list.",
        discussion: """
            Roles: rep (linked to a rep id: sees only their own day and leads), manager (linked to a team: \
            sees only that team), executive, analyst, admin. Passwords are stored as bcrypt hashes and API \
            tokens as SHA-256 hashes; a token is printed once, when it is issued.
            """,
        subcommands: [UserAddCommand.self, UserPasswdCommand.self, UserTokenCommand.self, UserListCommand.self]
    )
}
