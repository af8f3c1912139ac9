/// tillit's version, shown by `--version` and written into reports.
///
/// The literal is the version of this source. `scripts/release` builds a copy of the committed
/// source in which it has replaced the literal with `git describe --tags` (so a released binary
/// says which tag it was built from); a plain `swift build` asks git nothing and shows the
/// literal. The release script finds the line by its exact shape, so keep it on one line.
public enum TillitVersion {
  public static let current = "0.1.0"
}
