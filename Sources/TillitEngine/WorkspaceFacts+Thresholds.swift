import CEL
import TillitFacts
import TillitModel
import TillitYAML

extension WorkspaceFacts {
  /// The facts of `workspace` under the thresholds in effect: the one way the engine, the
  /// pack tester and the reports build them, so all three read the same ⟨top_savings⟩ and
  /// ⟨large_scale_subjects⟩.
  public init(workspace: Workspace, thresholds: Thresholds) {
    self.init(
      workspace: workspace, topSavings: thresholds.topSavings, largeScaleSubjects: thresholds.largeScaleSubjects)
  }
}
