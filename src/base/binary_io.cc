#include "base/binary_io.h"

#include "base/hash.h"

namespace dyad {

std::string WrapContainer(std::string_view kind, uint32_t version, uint64_t source_hash,
                          std::string_view payload) {
  BinaryWriter w;
  std::string magic = "DYAD " + std::string(kind) + " v" + std::to_string(version) + "\n";
  w.Bytes(magic.data(), magic.size());
  w.U64(payload.size());
  w.U64(source_hash);
  w.Bytes(payload.data(), payload.size());
  std::string out = w.Take();
  uint32_t crc = Crc32(out);
  BinaryWriter tail;
  tail.U32(crc);
  out += tail.data();
  return out;
}

StatusOr<ContainerContents> UnwrapContainer(std::string_view bytes, std::string_view kind,
                                            uint32_t expected_version, std::string_view what,
                                            std::string_view fix_hint) {
  std::string w(what), hint(fix_hint);
  std::string prefix = "DYAD " + std::string(kind) + " v";
  size_t nl = bytes.find('\n');
  if (bytes.substr(0, 5) != "DYAD " || nl == std::string_view::npos || nl > 200) {
    return InvalidArgument(w + ": not a dyad " + std::string(kind) + " file (bad magic); " + hint);
  }
  std::string_view magic = bytes.substr(0, nl);
  if (magic.substr(0, prefix.size()) != prefix) {
    return InvalidArgument(w + ": is a '" + std::string(magic) + "' file, expected a dyad " +
                           std::string(kind) + " file; " + hint);
  }
  uint32_t version = 0;
  for (char c : magic.substr(prefix.size())) {
    if (c < '0' || c > '9') {
      return InvalidArgument(w + ": bad version in magic line '" + std::string(magic) + "'; " + hint);
    }
    version = version * 10 + uint32_t(c - '0');
  }
  if (version != expected_version) {
    return FailedPrecondition(w + ": format version " + std::to_string(version) +
                              ", this dyad reads version " + std::to_string(expected_version) +
                              "; " + hint);
  }
  BinaryReader r(bytes.substr(nl + 1), w);
  ContainerContents c;
  c.version = version;
  uint64_t size = r.U64();
  c.source_hash = r.U64();
  if (!r.ok()) return r.status();
  size_t header = nl + 1 + 16;
  if (size > bytes.size() || header + size + 4 != bytes.size()) {
    return DataLoss(w + ": size mismatch (header says " + std::to_string(size) +
                    " payload bytes, file has " + std::to_string(bytes.size()) +
                    " bytes in all): truncated or damaged; " + hint);
  }
  BinaryReader crc_reader(bytes.substr(header + size), w);
  uint32_t stored = crc_reader.U32();
  uint32_t actual = Crc32(bytes.substr(0, header + size));
  if (stored != actual) {
    return DataLoss(w + ": checksum mismatch: the file is damaged; " + hint);
  }
  c.payload = bytes.substr(header, size);
  return c;
}

}  // namespace dyad
