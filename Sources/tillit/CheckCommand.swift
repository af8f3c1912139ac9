import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

extension FailThreshold: ExpressibleByArgument {}

/// Options shared by the commands that use packs.
struct PackOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpConfig),
      valueName: HelpText.text(Texts.helpValueFile)))
  var config: String?

  @Option(
    name: .customLong("add-pack"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpAddPack),
      valueName: HelpText.text(Texts.helpValuePack)))
  var packs: [String] = []

  /// The configuration in effect, or the diagnostics that stop the run.
  func configuration(for paths: [String]) -> (Configuration, [Diagnostic]) {
    let (configuration, diagnostics) = Configuration.inEffect(given: config, searchingFrom: paths)
    return (configuration ?? Configuration(), diagnostics)
  }
}

/// One output of a check: a format, and a file to write it to (nil: standard output).
struct OutputRequest {
  var format: ReportFormat
  var path: String?

  /// `FORMAT` or `FORMAT=PATH`.
  init(_ text: String, language: Language) throws {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard let format = ReportFormat(rawValue: parts[0]) else {
      let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError(
        Texts.checkUnknownFormat(format: parts[0], known: known).text(language))
    }
    self.format = format
    path = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
  }
}

/// Loads configuration, packs and workspace and runs the engine: what `check`, `baseline`
/// and `diff` share. Stops with exit 2, after printing why, when anything cannot be read.
struct CheckPipeline {
  var packs: [PolicyPack]
  var configuration: Configuration
  var workspace: Workspace
  var findings: [Finding]
  /// The thresholds the rules ran with: the reports of the same run use these, and no others.
  var thresholds: Thresholds
  var language: Language

  init(
    paths: [String], common: CommonOptions, packOptions: PackOptions, files: FileOptions = FileOptions(),
    today: TodayOption, onLoadFailure: ([Diagnostic], Language) -> Void = { _, _ in }
  ) throws {
    let inputs = try WorkspaceInputs(
      paths: paths, common: common, packOptions: packOptions, files: files, onLoadFailure: onLoadFailure)
    let date = try today.resolved(language: inputs.language)
    let engine = Engine(
      packs: inputs.packs, today: date, configurationThresholds: inputs.configuration.thresholds,
      messageLanguage: inputs.language)
    self.packs = inputs.packs
    self.configuration = inputs.configuration
    self.workspace = inputs.workspace
    self.thresholds = engine.thresholds(for: inputs.workspace)
    self.findings = engine.check(inputs.workspace)
    self.language = inputs.language
  }
}

/// `tillit check PATH...`: evaluates the packs over the workspace and reports the findings.
struct CheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check",
      abstract: HelpText.text(Texts.helpCheckAbstract),
      discussion: HelpText.text(Texts.helpCheckDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpCheckFormat),
      valueName: HelpText.text(Texts.helpValueFormatAndFile)))
  var format: [String] = []

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpCheckFailOn),
      valueName: "error|warning|info|never"))
  var failOn: FailThreshold?

  @Option(
    name: .customLong("max-warnings"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpCheckMaxWarnings),
      valueName: "N"))
  var maxWarnings: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpCheckBaseline),
      valueName: HelpText.text(Texts.helpValueFile)))
  var baseline: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpCheckTop),
      valueName: "N"))
  var top: Int?

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpCheckSummary)))
  var summary = false

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpPaths), valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String]

  func run() throws {
    let limits = try htmlLimits(top: top ?? HTMLLimits.defaultTop, language: common.language)
    var pipeline = try CheckPipeline(
      paths: paths, common: common, packOptions: packOptions, files: files, today: date,
      onLoadFailure: writeLoadFailure)
    let language = pipeline.language
    let requests = try outputRequests(language: language)
    // Taken out of the pipeline: held once, a baseline marks them in place instead of in a
    // copy of every finding.
    var findings = pipeline.findings
    pipeline.findings = []
    if let baseline,
      !MissingBaseline.warnIfMissing(
        baseline, paths: paths, language: language, color: common.useColorOnStandardError)
    {
      do {
        try Baseline.load(baseline).apply(to: &findings)
      } catch {
        var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
        Output.standardError(renderer.render(error.diagnostic))
        throw ExitCode(2)
      }
    }
    let today = try date.resolved(language: language)
    let workspace = pipeline.workspace
    let needsBurden = requests.contains { $0.format == .markdown || $0.format == .html }
    // The HTML report needs the fact layer (DPIA screening), which holds the burden analysis
    // too: computed once, not twice.
    let facts =
      requests.contains(where: { $0.format == .html })
      ? WorkspaceFacts(workspace: workspace, thresholds: pipeline.thresholds) : nil
    let analysis =
      facts?.burden ?? (needsBurden ? BurdenCalculator.analyse(workspace, thresholds: pipeline.thresholds) : nil)
    var report = CheckReport(
      findings: findings, documentCount: workspace.documents.count, fileCount: workspace.files.count, today: today,
      failOn: failOn ?? pipeline.configuration.failOn ?? .error, language: language, packs: pipeline.packs,
      maxWarnings: maxWarnings,
      documents: workspace.documents.map { ($0.kind, $0.id, $0.location.file) },
      burden: analysis?.totals)
    report.readyToClose = ActionApplication.review(workspace, findings: findings, today: today).filter {
      $0.state == .readyToClose
    }
    report.htmlLimits = limits
    if let facts {
      report.burdenAnalysis = analysis
      report.organizationName = workspace.organization?.name ?? ""
      report.screenings = facts.screenings(of: workspace).map { entry in
        let name = entry.document.source.root["name"]?.text ?? entry.document.id
        let status = entry.document.source.root["dpia"]?["status"]?.text
        return (entry.document.id, name, entry.document.location.file, status, entry.screening)
      }
    }
    try write(report, to: requests)
    // Exit here rather than return: tearing down a large workspace's trees and values takes
    // longer than checking it, and the process is about to end anyway.
    Foundation.exit(report.fails ? 1 : 0)
  }

  /// The outputs asked for with `--format`, or the default one; refused (exit 2) when two go to
  /// standard output or to the same file.
  private func outputRequests(language: Language) throws -> [OutputRequest] {
    var requests = try format.map { try OutputRequest($0, language: language) }
    if requests.isEmpty {
      let github = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
      requests = [try OutputRequest(github ? "github" : "text", language: language)]
    }
    if requests.filter({ $0.path == nil }).count > 1 {
      throw ValidationError(
        Texts.checkOneFormatToStandardOutput.text(language))
    }
    try refuseSharedFiles(requests, language: language)
    return requests
  }

  /// When the workspace, a pack or `tillit.yaml` cannot be read: the problems, already on
  /// standard error, become the findings of every report asked for, so code scanning, the
  /// test results and the pull-request comment show them at their places. The text format
  /// on standard output would only repeat standard error, and is left out. The run still
  /// ends with exit 2, by the caller.
  private func writeLoadFailure(_ diagnostics: [Diagnostic], language: Language) {
    guard !format.isEmpty || ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true",
      let requests = try? outputRequests(language: language)
    else { return }
    let today = (try? date.resolved(language: language)) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    var report = CheckReport(
      findings: diagnostics.sortedByPlace().map(Finding.loadFailure), documentCount: 0, fileCount: 0, today: today,
      failOn: failOn ?? .error, language: language, packs: [], maxWarnings: maxWarnings)
    report.loadFailed = true
    let wanted = requests.filter { !($0.path == nil && ($0.format == .text || summary)) }
    try? write(report, to: wanted)
  }

  /// Writes each report to its destination, streamed as it is made: never one giant text in
  /// memory. In GitHub Actions, the `github` format also adds a Markdown summary to the step's
  /// summary page.
  private func write(_ report: CheckReport, to requests: [OutputRequest]) throws {
    let language = report.language
    Progress.clear()
    for request in requests {
      if summary, request.path == nil {
        SummaryOutput.write(report, color: common.useColorOnStandardOutput)
        continue
      }
      let color = request.path == nil && request.format == .text && common.useColorOnStandardOutput
      if let path = request.path {
        do {
          try OutputFile.write(to: path) { stream in
            var stream = stream
            request.format.write(report, color: color, to: &stream)
          }
        } catch {
          var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
          Output.standardError(renderer.render(error.diagnostic))
          throw ExitCode(2)
        }
      } else {
        var stream = FileOutputStream(descriptor: STDOUT_FILENO)
        request.format.write(report, color: color, to: &stream)
        stream.flush()
      }
      if request.format == .github, let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"],
        !path.isEmpty
      {
        do {
          try StepSummary.append(ReportFormat.markdown.render(report, color: false), to: path)
        } catch {
          var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
          Output.standardError(renderer.render(error.diagnostic))
          throw ExitCode(2)
        }
      }
    }
  }

  /// Stops (exit 2) when two outputs name the same file, also through a link or another
  /// spelling of the path: the later would silently overwrite the earlier.
  private func refuseSharedFiles(_ requests: [OutputRequest], language: Language) throws {
    var seen: [String: OutputRequest] = [:]
    for request in requests {
      guard let path = request.path else { continue }
      let canonical = OutputFile.canonicalPath(path)
      // Writing several reports to a device such as /dev/null is harmless.
      if case .stream? = try? OutputFile.destination(of: path) { continue }
      if let first = seen[canonical] {
        let error = OutputFileError.writtenTwice(
          path: path, first: "\(first.format.rawValue)=\(first.path ?? "")",
          second: "\(request.format.rawValue)=\(path)")
        var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
        Output.standardError(renderer.render(error.diagnostic))
        throw ExitCode(2)
      }
      seen[canonical] = request
    }
  }
}
