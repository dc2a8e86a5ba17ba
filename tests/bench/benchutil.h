#pragma once

// What every benchmark prints and how it summarises samples.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace safelink::bench {

// One figure per line, `name: value unit`, flushed so that a crash later does not lose it.
inline void figure(const char *name, double value, const char *unit, int decimals = 1)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

// Nearest-rank percentile of a sample; `percent` from 0 to 100.
inline double percentile(std::vector<double> v, double percent)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t rank = std::size_t(std::ceil(percent / 100.0 * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace safelink::bench
