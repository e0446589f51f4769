import Foundation
import ZIPFoundation

/// A `.zip` archive of release files (`align --pairs releases.zip`), unpacked into a folder so
/// that its files are paired as a folder's are.
///
/// Only regular files are written, below the folder: entries whose names climb out of it (`..`,
/// absolute paths), links, hidden files and macOS resource forks (`__MACOSX/`) are left out. A file
/// larger than ``DocumentReader/maximumSize`` or an archive unpacking to more than 1 GiB is
/// refused; an encrypted archive is an error that says so.
public enum ReleaseArchive {
    /// The most an archive may unpack to, in bytes.
    public static let maximumTotalSize: Int64 = 1 << 30

    /// Whether the file at `url` is a zip archive (by its first bytes).
    public static func isArchive(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Unpacks the archive at `url` into `folder` (created when missing) and returns the relative
    /// paths of the files written. `shown` names the archive in errors.
    public static func unpack(_ url: URL, into folder: URL, shown: String) throws(DocumentError) -> [String] {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw DocumentError(.malformed, path: shown, message: "the zip archive is damaged (truncated or not fully copied) and cannot be opened")
        }
        var written: [String] = []
        var total: Int64 = 0
        let tooLarge = DocumentError(.unsupportedFormat, path: shown, message: "the archive unpacks to more than \(maximumTotalSize >> 20) MiB")
        for entry in archive where entry.type == .file {
            let parts = entry.path.split(separator: "/", omittingEmptySubsequences: true)
            guard !entry.path.hasPrefix("/"), !parts.isEmpty,
                  !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0 == "__MACOSX" }) else { continue }
            guard entry.uncompressedSize <= Int64(DocumentReader.maximumSize) else {
                throw DocumentError(.unsupportedFormat, path: shown, message: "\(entry.path) is too large for a release (\(entry.uncompressedSize) bytes)")
            }
            // The declared size first (refused before anything is written), then what was really unpacked:
            // an entry may declare less than it inflates to.
            guard total + Int64(entry.uncompressedSize) <= maximumTotalSize else {
                throw tooLarge
            }
            let relative = parts.joined(separator: "/")
            let target = folder.appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                var data = Data()
                _ = try archive.extract(entry) { chunk in
                    data.append(chunk)
                    if data.count > DocumentReader.maximumSize { throw CocoaError(.fileReadTooLarge) }
                }
                total += Int64(data.count)
                guard total <= maximumTotalSize else {
                    throw tooLarge
                }
                try data.write(to: target)
            } catch let error as DocumentError {
                throw error
            } catch {
                throw DocumentError(.malformed, path: shown, message: "\(entry.path) cannot be unpacked (\(error.localizedDescription))")
            }
            written.append(relative)
        }
        // ZIPFoundation lists no encrypted entry: say why files are missing.
        if let data = try? Data(contentsOf: url, options: .mappedIfSafe), DocumentReader.hasEncryptedEntry(data) {
            throw DocumentError(.malformed, path: shown, message: "the zip archive is password-protected: Bitext cannot read encrypted files")
        }
        return written
    }
}
