#pragma once

// The breakdown behind the README's export figures: with ARCHSCAPE_TIMINGS set, each stage of a
// command-line export prints the wall time since main() began and the process's CPU time so far
// (which also counts the start-up before main: loading and relocating the libraries) to stderr.
// Off, a stage costs one test of a static flag.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace archscape {

inline void stageMark(const char *stage)
{
    static const bool enabled = std::getenv("ARCHSCAPE_TIMINGS") != nullptr;
    static const auto start = std::chrono::steady_clock::now(); // the first mark, made in main()
    if (!enabled)
        return;
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    const auto now = std::chrono::steady_clock::now();
    const double wallMs = std::chrono::duration<double, std::milli>(now - start).count();
    // The monotonic clock too, shared by all processes: it lines up the app's and the helper's lines.
    const double clockMs = std::fmod(std::chrono::duration<double, std::milli>(now.time_since_epoch()).count(), 1e5);
    const double cpuMs = double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
    std::fprintf(stderr, "[timing] %7.2f ms wall %7.2f ms cpu  (clock %9.2f)  %s\n", wallMs, cpuMs, clockMs, stage);
}

} // namespace archscape
