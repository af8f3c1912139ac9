import CLibYAML
import Dispatch
import Foundation

/// Reads each file and pulls every libyaml event, nothing else: the floor tillit is measured
/// against, in the same run, on one core (it is one thread).
struct BareParse: Sendable {
  var seconds: Double
  /// CPU seconds of the parsing thread: what the parse costs however busy the machine is.
  var cpuSeconds: Double
  var bytes: Int
  var events: Int
  /// Documents as YAML counts them (document-start events): the count every rate is given in,
  /// taken without tillit's help.
  var documents: Int

  var documentsPerSecond: Double { Double(documents) / seconds }
  var megabytesPerSecond: Double { Double(bytes) / seconds / 1e6 }
  var documentsPerCPUSecond: Double { Double(documents) / cpuSeconds }

  /// CPU time of the calling thread, in seconds.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  static func run(_ paths: [String]) -> BareParse {
    var result = BareParse(seconds: 0, cpuSeconds: 0, bytes: 0, events: 0, documents: 0)
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      result.bytes += data.count
      data.withUnsafeBytes { raw in
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, raw.bindMemory(to: UInt8.self).baseAddress, raw.count)
        var event = yaml_event_t()
        while yaml_parser_parse(parser, &event) == 1 {
          result.events += 1
          if event.type == YAML_DOCUMENT_START_EVENT { result.documents += 1 }
          let done = event.type == YAML_STREAM_END_EVENT
          yaml_event_delete(&event)
          if done { break }
        }
        yaml_parser_delete(parser)
      }
    }
    result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    result.cpuSeconds = threadCPUSeconds() - cpuStart
    return result
  }

  /// The fastest of `runs` parses: the least disturbed by anything else on the machine.
  static func best(of runs: Int, _ paths: [String]) -> BareParse {
    (1...max(1, runs)).map { _ in run(paths) }.min { $0.seconds < $1.seconds }!
  }
}
