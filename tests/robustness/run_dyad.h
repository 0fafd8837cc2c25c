// Helpers for tests that run the built `dyad` binary (DYAD_BINARY) in a temporary directory.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace dyad::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with its content on destruction.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/dyad-robust-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data()) != nullptr) path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }
  // Writes `bytes` to a file named `name` in the directory and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::string path_;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

struct DyadRun {
  int status = -1;  // exit status, or -1 when the process did not exit normally (a crash)
  std::string out;  // stdout (empty when discarded)
  std::string err;  // stderr
  // The last non-empty line of stderr.
  std::string LastErrLine() const {
    size_t end = err.find_last_not_of('\n');
    if (end == std::string::npos) return "";
    size_t begin = err.rfind('\n', end);
    begin = begin == std::string::npos ? 0 : begin + 1;
    return err.substr(begin, end + 1 - begin);
  }
};

// Runs `dyad <args>` (args are shell words, already quoted) with stdin from `stdin_path`
// (or /dev/null) and stdout to a file in `dir` (or /dev/null when keep_stdout is false).
inline DyadRun RunDyad(const TempDir& dir, const std::string& args,
                       const std::string& stdin_path = "", bool keep_stdout = true) {
  std::string out = dir.path() + "/stdout";
  std::string err = dir.path() + "/stderr";
  std::string cmd = Quote(DYAD_BINARY) + " " + args + " < " +
                    Quote(stdin_path.empty() ? "/dev/null" : stdin_path) + " > " +
                    (keep_stdout ? Quote(out) : "/dev/null") + " 2> " + Quote(err);
  int raw = std::system(cmd.c_str());
  DyadRun run;
  if (raw != -1 && WIFEXITED(raw)) run.status = WEXITSTATUS(raw);
  if (keep_stdout) run.out = Slurp(out);
  run.err = Slurp(err);
  return run;
}

}  // namespace dyad::testing
