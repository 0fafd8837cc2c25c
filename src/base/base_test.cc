#include <gtest/gtest.h>

#include "base/binary_io.h"
#include "base/hash.h"
#include "base/utf8.h"

namespace dyad {
namespace {

TEST(Utf8, ValidTextHasNoInvalidOffset) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"),
            std::string_view::npos);
}

TEST(Utf8, ReportsOffsetOfFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\xFF"), 3u);
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC3"), 10u);       // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("x\xC0\xAF"), 1u);             // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);         // surrogate
  EXPECT_EQ(FindInvalidUtf8("x\xF4\x90\x80\x80"), 1u);     // past U+10FFFF
}

TEST(Utf8, RepairReplacesEachInvalidByte) {
  std::string s = "a\xFF" "b\xC3";
  EXPECT_EQ(RepairUtf8(s), 2u);
  EXPECT_EQ(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(FindInvalidUtf8(s), std::string_view::npos);
}

TEST(Hash, Crc32MatchesKnownValue) { EXPECT_EQ(Crc32("123456789"), 0xCBF43926u); }

// Bit-at-a-time CRC-32, the definition the table-driven Crc32 must match.
uint32_t SlowCrc32(std::string_view bytes, uint32_t crc = 0) {
  crc = ~crc;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
  }
  return ~crc;
}

TEST(Hash, Crc32MatchesBitwiseDefinitionAtEveryLengthAndSplit) {
  std::string bytes;
  uint32_t x = 12345;
  for (int i = 0; i < 300; ++i) {
    x = x * 1103515245u + 12345u;
    bytes.push_back(static_cast<char>(x >> 23));
  }
  for (size_t n = 0; n <= bytes.size(); ++n) {
    const std::string_view prefix = std::string_view(bytes).substr(0, n);
    ASSERT_EQ(Crc32(prefix), SlowCrc32(prefix)) << n << " bytes";
    // Chained over two pieces (as a running checksum is).
    const size_t cut = n / 3;
    EXPECT_EQ(Crc32(prefix.substr(cut), Crc32(prefix.substr(0, cut))), SlowCrc32(prefix))
        << n << " bytes cut at " << cut;
  }
}

TEST(Container, RoundTrip) {
  std::string file = WrapContainer("model", 3, 0x1234, "payload bytes");
  auto c = UnwrapContainer(file, "model", 3, "m.bin", "retrain");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->payload, "payload bytes");
  EXPECT_EQ(c->source_hash, 0x1234u);
}

TEST(Container, RejectsWrongVersionWithHint) {
  std::string file = WrapContainer("model", 2, 0, "x");
  auto c = UnwrapContainer(file, "model", 3, "m.bin", "run dyad train");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(c.status().message().find("run dyad train"), std::string::npos);
}

TEST(Container, RejectsTruncatedAndDamagedFiles) {
  std::string file = WrapContainer("model", 1, 0, std::string(100, 'a'));
  for (size_t cut : {size_t(0), size_t(5), size_t(30), file.size() - 1}) {
    EXPECT_FALSE(UnwrapContainer(file.substr(0, cut), "model", 1, "m", "").ok()) << cut;
  }
  std::string damaged = file;
  damaged[50] ^= 0x01;
  auto c = UnwrapContainer(damaged, "model", 1, "m", "");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kDataLoss);
}

TEST(Container, RejectsOtherKind) {
  std::string file = WrapContainer("lexicon-cache", 1, 0, "x");
  EXPECT_FALSE(UnwrapContainer(file, "model", 1, "m", "").ok());
  EXPECT_FALSE(UnwrapContainer("garbage\n", "model", 1, "m", "").ok());
}

TEST(BinaryReader, ShortReadSetsError) {
  BinaryWriter w;
  w.U32(7);
  w.Str("hello");
  BinaryReader r(w.data());
  EXPECT_EQ(r.U32(), 7u);
  EXPECT_EQ(r.Str(), "hello");
  EXPECT_TRUE(r.AtEnd());
  r.U64();
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace dyad
