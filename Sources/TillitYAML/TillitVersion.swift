/// tillit's version, shown by `--version` and written into reports.
public enum TillitVersion {
  public static let current = "0.1.0"
}
