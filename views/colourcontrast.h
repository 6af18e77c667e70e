// WCAG 2's relative luminance and contrast ratio, one definition for the views that keep text
// readable (chart looks, dark plane titles) and for the tests that measure it.
#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

namespace archscape {

inline double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// 1 (no contrast) to 21 (black on white).
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace archscape
