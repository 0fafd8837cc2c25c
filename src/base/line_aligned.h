// A std::allocator for vectors whose data must start on a cache line (64 bytes), so that rows
// of a weight table laid out in 64-byte blocks never straddle two lines (parse/weights.h,
// tag/perceptron.h). Stateless; any two instances are interchangeable.
#pragma once

#include <cstddef>
#include <new>

namespace dyad {

template <typename T>
struct LineAlignedAllocator {
  using value_type = T;
  LineAlignedAllocator() = default;
  template <typename U>
  LineAlignedAllocator(const LineAlignedAllocator<U>&) {}  // NOLINT: rebinding
  T* allocate(size_t n) {
    return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{64}));
  }
  void deallocate(T* p, size_t) { ::operator delete(p, std::align_val_t{64}); }
  template <typename U>
  bool operator==(const LineAlignedAllocator<U>&) const {
    return true;
  }
  template <typename U>
  bool operator!=(const LineAlignedAllocator<U>&) const {
    return false;
  }
};

}  // namespace dyad
