#include "base/status.h"

namespace dyad {

std::string Status::ToString() const {
  if (ok()) return "OK";
  return message_;
}

}  // namespace dyad
