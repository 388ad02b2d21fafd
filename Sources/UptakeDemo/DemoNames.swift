/// Word lists for demo names: common American first names and surnames, regional words for agency
/// names. Invented combinations; any likeness to a real agency or person is coincidental.
enum DemoNames {
    static let firstNames = [
        "Emily", "Michael", "Sarah", "David", "Jessica", "James", "Ashley", "Robert", "Megan", "John",
        "Lauren", "Daniel", "Rachel", "Matthew", "Amanda", "Andrew", "Nicole", "Joshua", "Stephanie", "Ryan",
        "Heather", "Brian", "Rebecca", "Kevin", "Melissa", "Jason", "Katherine", "Eric", "Laura", "Adam",
        "Jennifer", "Mark", "Kimberly", "Steven", "Angela", "Tyler", "Brittany", "Nathan", "Danielle", "Scott",
    ]

    static let surnames = [
        "Miller", "Johnson", "Smith", "Brown", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
        "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen",
        "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell",
        "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart",
        "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Kelly",
        "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes",
        "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell",
        "Sullivan", "Fisher", "Schmidt", "Kaiser", "Yoder", "Hoffman", "Becker", "Schneider", "Weber", "Kowalski",
    ]

    /// Regional and trust words that Ohio agencies put in their names.
    static let regionalWords = [
        "Buckeye", "Heartland", "Cardinal", "Lakeshore", "Western Reserve", "Great Lakes", "Crossroads",
        "Riverbend", "Keystone", "Pioneer", "Liberty", "Summit", "Harvest", "Hometown", "Main Street",
        "Firelands", "Miami Valley", "Scioto", "Maumee", "Cuyahoga", "Hocking Hills", "Black Swamp",
        "Blue Ribbon", "Cornerstone", "Meridian", "Lighthouse", "Covered Bridge", "Tri-County", "Northcoast",
        "Appalachian", "Muskingum", "Sandusky Bay", "Ohio Valley", "Heritage", "Frontier", "Evergreen",
    ]

    static let generalSuffixes = [
        "Insurance Group", "Insurance Agency", "Insurance Services", "Insurance Partners", "Insurance Advisors",
        "Insurance & Financial", "Insurance Brokers", "Agency",
    ]
    static let personalSuffixes = ["Family Insurance", "Home & Auto Insurance", "Insurance Agency"]
    static let commercialSuffixes = ["Commercial Insurance", "Business Insurance Services", "Risk Advisors"]
    static let lifeHealthSuffixes = ["Life & Health Agency", "Benefits Group", "Financial Group"]

    static let internalMeetingTitles = [
        "Pipeline review (call)", "Team meeting (video)", "Carrier product webinar", "One-to-one with manager (call)",
        "CRM admin time", "Underwriting call",
    ]

    static let appointmentTitles = [
        "Annual review", "Introductory meeting", "Product presentation", "Renewal discussion",
        "Quarterly business review", "Follow-up meeting", "Contract signing", "Training session",
    ]
}
