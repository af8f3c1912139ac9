import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

extension TrendReport.Format: ExpressibleByArgument {}

/// `tillit trend --since REV [--until REV] [PATH...]`: how the workspace has fared, commit by
/// commit, each checked as `tillit diff --base` checks its revision, results cached by tree.
struct TrendCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "trend",
      abstract: HelpText.text(Texts.helpTrendAbstract),
      discussion: HelpText.text(Texts.helpTrendDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpTrendSince), valueName: "REV"))
  var since: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpTrendUntil),
      valueName: "REV"))
  var until: String = "HEAD"

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(Texts.helpFormat), valueName: "text|csv|json|html"))
  var format: TrendReport.Format = .text

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpPathsDefaultHere),
      valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String] = []

  func run() throws {
    let paths = self.paths.isEmpty ? ["."] : self.paths
    let language = common.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    let history: TrendHistory
    do {
      history = try TrendHistory.list(since: since, until: until, paths: paths)
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    let cache = TrendCache(
      gitDirectory: history.gitDirectory, environment: ProcessInfo.processInfo.environment,
      packsContent: [TrendCache.builtInPacksContent] + outsideFilesContent(), paths: history.repositoryPaths)
    var points: [TrendPoint] = []
    var hits = 0
    for commit in history.commits {
      if let point = cache.point(for: commit) {
        hits += 1
        points.append(point)
        continue
      }
      guard let point = try check(commit, renderer: &renderer) else { continue }
      cache.store(point, for: commit)
      points.append(point)
    }
    Progress.clear()
    if files.verbose {
      Output.standardError(
        Texts.trendCommitsAndCache(commits: history.commits.count, hits: hits, folder: cache.folder.path).text(
          language) + "\n")
    }
    let report = TrendReport(points: points, since: since, until: until, language: language)
    Output.standardOutput(report.render(format))
    Foundation.exit(0)
  }

  /// One commit checked as `tillit check` would have checked it on its day; nil (with a note)
  /// when its documents cannot be read, so one broken commit does not hide the rest.
  private func check(_ commit: TrendHistory.Commit, renderer: inout DiagnosticRenderer) throws -> TrendPoint? {
    let revision: GitRevision
    let revisionPaths: [String]
    do {
      revision = try GitRevision.export(commit.hash)
      revisionPaths = try (self.paths.isEmpty ? ["."] : self.paths).map(revision.path(for:))
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    defer { revision.remove() }
    var today = TodayOption()
    today.today = commit.date
    var quiet = files
    quiet.verbose = false
    let pipeline: CheckPipeline
    do {
      pipeline = try CheckPipeline(
        paths: revisionPaths, common: common, packOptions: packOptions, files: quiet, today: today)
    } catch is ExitCode {
      Output.standardError(
        Texts.trendCommitLeftOut(commit: String(commit.hash.prefix(7))).text(common.language) + "\n")
      return nil
    }
    let date = CalendarDate(commit.date) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    let burden = BurdenCalculator.analyse(pipeline.workspace, thresholds: pipeline.thresholds).totals
    return TrendPoint(
      commit: commit.hash, date: commit.date, findings: pipeline.findings,
      actions: ActionApplication.review(pipeline.workspace, findings: pipeline.findings, today: date),
      burdenHours: burden.hours, excessHours: burden.excessHours)
  }

  /// The text of the packs and configuration named on the command line: they may lie outside
  /// the repository, where a commit's tree does not cover them.
  private func outsideFilesContent() -> [String] {
    (packOptions.packs + [packOptions.config].compactMap { $0 }).map { reference in
      reference + "\u{1F}" + ((try? String(contentsOfFile: reference, encoding: .utf8)) ?? "")
    }
  }
}
