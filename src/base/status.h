// Status and StatusOr: how library code reports errors without exceptions.
//
// A Status is OK or carries a code and a message that names the place (file, line,
// byte, story id) and the problem. Library functions return Status / StatusOr<T>;
// only the CLI and server turn them into exit codes and messages.
//
//   StatusOr<Model> m = Model::Load(path);
//   if (!m.ok()) return m.status();
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // bad input data or flag
  kNotFound,          // missing file or entry
  kDataLoss,          // damaged or truncated file, bad checksum
  kFailedPrecondition,  // wrong model version, missing setup
  kResourceExhausted,   // past a documented limit (story size, sentence length)
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status DataLoss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status FailedPrecondition(std::string m) {
  return {StatusCode::kFailedPrecondition, std::move(m)};
}
inline Status ResourceExhausted(std::string m) {
  return {StatusCode::kResourceExhausted, std::move(m)};
}
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// A value or the Status that explains why there is none.
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design
  StatusOr(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dyad

#define DYAD_RETURN_IF_ERROR(expr)        \
  do {                                    \
    ::dyad::Status dyad_status_ = (expr); \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)
