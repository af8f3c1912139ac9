import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// The workspace as it was at a git revision, checked the way the work tree is: what
/// `tillit diff --base` and `tillit report --since` compare with. The revision is exported to a
/// temporary folder (`GitRevision`); call `remove()` when done.
struct RevisionCheck {
  let revision: GitRevision
  /// The paths given on the command line, and where each lies in the exported revision.
  let given: [String]
  let inRevision: [String]

  /// Exports `revision` and places `paths` in it; git's failures are thrown as they are, for
  /// the caller to word for its own option.
  init(revision name: String, paths: [String]) throws(GitRevision.Failure) {
    let revision = try GitRevision.export(name)
    do {
      inRevision = try paths.map(revision.path(for:))
    } catch {
      revision.remove()
      throw error
    }
    self.revision = revision
    self.given = paths
  }

  func remove() { revision.remove() }

  /// The revision's workspace checked with the same configuration, packs and date. Its
  /// findings are shown at the paths as the user named them; its files are the same selection
  /// listed once, so `--verbose` speaks of the work tree only.
  func check(common: CommonOptions, packOptions: PackOptions, files: FileOptions, today: TodayOption) throws
    -> CheckPipeline
  {
    var baseFiles = files
    baseFiles.verbose = false
    var before = try CheckPipeline(
      paths: inRevision, common: common, packOptions: packOptions, files: baseFiles, today: today)
    // The longest revision path first, so a path given inside another given path keeps its
    // own name.
    let renames = zip(inRevision, given).sorted { $0.0.count > $1.0.count }
    for i in before.findings.indices {
      let file = before.findings[i].location.file
      guard
        let (inRevision, given) = renames.first(where: { file == $0.0 || file.hasPrefix($0.0 + "/") })
      else { continue }
      var rest = file.dropFirst(inRevision.count)
      if given.hasSuffix("/"), rest.hasPrefix("/") { rest = rest.dropFirst() }
      before.findings[i].location.file = given + rest
    }
    return before
  }
}
