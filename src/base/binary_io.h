// Little-endian binary serialisation and the checked container every dyad binary file uses.
//
// Container layout (frozen; docs/formats/binary-container.md):
//   "DYAD <kind> v<version>\n"         readable magic line (kind: e.g. "model", "lexicon-cache")
//   u64  payload_size                   little-endian
//   u64  source_hash                    hash of the data the file was made from (training data,
//                                       dictionary sources); 0 when not applicable
//   payload bytes
//   u32  crc32 of everything before it
// Readers refuse a wrong kind, a different version, a truncated file or a bad checksum with a
// message that says what to do.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

// Appends fixed-width little-endian fields to a byte string.
class BinaryWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void U64(uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void F32(float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    U32(bits);
  }
  // Length-prefixed (u32) bytes.
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Bytes(const void* data, size_t n) { out_.append(static_cast<const char*>(data), n); }
  void F32Array(const std::vector<float>& v) {
    U64(v.size());
    for (float f : v) F32(f);
  }

  const std::string& data() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what BinaryWriter wrote. After the first short read every call returns zero values and
// ok() is false; check ok() (or status()) once at the end.
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view data, std::string what = "file")
      : data_(data), what_(std::move(what)) {}

  uint8_t U8() {
    if (!Need(1)) return 0;
    return static_cast<uint8_t>(data_[pos_++]);
  }
  uint32_t U32() {
    if (!Need(4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= uint32_t(uint8_t(data_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  uint64_t U64() {
    if (!Need(8)) return 0;
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(uint8_t(data_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  int32_t I32() { return static_cast<int32_t>(U32()); }
  float F32() {
    uint32_t bits = U32();
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
  }
  std::string Str() {
    uint32_t n = U32();
    if (!Need(n)) return {};
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::string_view BytesView(size_t n) {
    if (!Need(n)) return {};
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::vector<float> F32Array() {
    uint64_t n = U64();
    if (!Need(n * 4)) return {};
    std::vector<float> v(n);
    for (auto& f : v) f = F32();
    return v;
  }

  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == data_.size(); }
  size_t position() const { return pos_; }
  Status status() const {
    if (ok_) return Status::Ok();
    return DataLoss(what_ + ": truncated at byte " + std::to_string(pos_) +
                    "; the file is damaged: rebuild or re-download it");
  }

 private:
  bool Need(uint64_t n) {
    if (!ok_ || n > data_.size() - pos_) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view data_;
  std::string what_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Wraps a payload in the checked container described above.
std::string WrapContainer(std::string_view kind, uint32_t version, uint64_t source_hash,
                          std::string_view payload);

struct ContainerContents {
  uint32_t version = 0;
  uint64_t source_hash = 0;
  std::string_view payload;  // points into the bytes given to UnwrapContainer
};

// Checks magic, kind, version, size and checksum. `what` names the file in messages;
// `fix_hint` says what to do (e.g. "run `dyad train` or restore models/ from git").
StatusOr<ContainerContents> UnwrapContainer(std::string_view bytes, std::string_view kind,
                                            uint32_t expected_version, std::string_view what,
                                            std::string_view fix_hint);

}  // namespace dyad
