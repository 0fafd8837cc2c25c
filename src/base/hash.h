// Fast non-cryptographic hashing used for feature tables, cache keys and checksums.
// Values are frozen: model files and caches store them, so never change these functions
// without bumping the formats that depend on them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// 64-bit FNV-1a over bytes, then a final avalanche (splitmix64 finaliser).
uint64_t Hash64(std::string_view bytes, uint64_t seed = 0);

// Mixes two 64-bit values into one (order-sensitive). Cheap; for feature keys.
inline uint64_t HashMix(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// CRC-32 (IEEE 802.3 polynomial, as zlib's crc32) for file checksums.
uint32_t Crc32(std::string_view bytes, uint32_t crc = 0);

// Lower-case hex of a 64-bit value, 16 characters.
std::string HexDigest(uint64_t value);

}  // namespace dyad
