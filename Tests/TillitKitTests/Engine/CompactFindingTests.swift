import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitYAML

/// A large run holds hundreds of thousands of findings at once: each is kept small, and what
/// most lack (a second language, a waiver, message problems) is boxed, not inline.
@Suite struct CompactFindingTests {
  static func finding(message: LocalizedText, path: String = "indicators[3].decisions[0].owner") -> Finding {
    Finding(
      ruleID: "TRUST-P01",
      shared: Finding.Shared(
        packID: "trust", title: LocalizedText(sv: "Rubrik", en: "Title"), remediation: nil, references: [], tags: []),
      severity: .warning, message: message, documentKind: .followUp, documentID: "f1", path: path,
      location: SourceLocation(file: "followups/f1.yaml", line: 12, column: 7),
      fingerprint: Finding.fingerprint(rule: "TRUST-P01", kind: .followUp, document: "f1", path: path))
  }

  @Test func aFindingFitsInOneHundredAndTwentyBytes() {
    // It was 168: a location of two words, a message of two texts, a waiver box and a list of
    // message problems inline.
    #expect(MemoryLayout<Finding>.stride <= 120)
  }

  @Test func aFindingGivesBackItsPartsAsTheyWereGiven() {
    let long = String(repeating: "lång text ", count: 20)
    var finding = Self.finding(message: LocalizedText(sv: long, en: long + "!"))
    #expect(finding.message == LocalizedText(sv: long, en: long + "!"))
    #expect(finding.location == SourceLocation(file: "followups/f1.yaml", line: 12, column: 7))
    #expect(finding.path == "indicators[3].decisions[0].owner")
    #expect(finding.waiver == nil && finding.messageProblems.isEmpty && !finding.isWaived && finding.isOpen)

    let waiver = Finding.AppliedWaiver(
      id: "w1", reason: "Omorganisation", approvedBy: "Nämnden", until: CalendarDate("2027-01-01"),
      location: SourceLocation(file: "w.yaml", line: 1, column: 1))
    finding.waiver = waiver
    finding.messageProblems = ["${doc.x}"]
    #expect(finding.waiver == waiver && finding.isWaived && !finding.isOpen)
    #expect(finding.messageProblems == ["${doc.x}"])
    #expect(finding.message.en == long + "!", "setting the waiver keeps the second language")

    finding.waiver = nil
    finding.message = LocalizedText(sv: "kort", en: "kort")
    #expect(finding.message == LocalizedText(sv: "kort", en: "kort"))
    #expect(finding.messageProblems == ["${doc.x}"], "setting the message keeps the problems")
    finding.location = SourceLocation(file: "b.yaml", line: 3, column: 4)
    #expect(finding.location.description == "b.yaml:3:4")
  }

  @Test func aTextCompactedToItsOwnSizeKeepsEveryCharacter() {
    var grown = "Indikatorn "
    grown.reserveCapacity(4096)
    grown += "saknar ägare i uppföljningen f1"
    #expect(Finding.compacted(grown) == grown)
    #expect(Finding.compacted("kort") == "kort")
    #expect(Finding.compacted("") == "")
    #expect(Finding.compacted("åäö och 🇸🇪 i en längre text") == "åäö och 🇸🇪 i en längre text")
  }
}
