import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// Writing to the terminal without buffering surprises between stdout and stderr.
enum Output {
  static func standardOutput(_ text: String) {
    Progress.clear()
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func standardError(_ text: String) {
    Progress.clear()
    FileHandle.standardError.write(Data(text.utf8))
  }
}
