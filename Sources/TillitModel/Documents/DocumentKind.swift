import CEL
import TillitYAML

/// The kinds of document a workspace holds.
public enum DocumentKind: String, Sendable, CaseIterable, Codable, Comparable {
  case organization = "Organization"
  case followUp = "FollowUp"
  case dataCollection = "DataCollection"
  case waiver = "Waiver"
  case action = "Action"

  /// The only `apiVersion` this version of tillit reads.
  public static let apiVersion = "tillit/v1"

  public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
