#include "chartpalette.h"

#include <QHash>

namespace archscape {

QColor patternColor(const QString &patternId)
{
    // A colour-blind-safe qualitative set (Okabe-Ito plus two), assigned to the document's patterns.
    static const QHash<QString, QColor> known = {
        {QStringLiteral("traditional"), QColor(0x55, 0x55, 0x55)},
        {QStringLiteral("cqrs"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("event-sourcing"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("microservices"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("serverless"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("cell-based"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("edge-computing"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("lambda"), QColor(0x88, 0x44, 0xAA)},
        {QStringLiteral("kappa"), QColor(0x44, 0x88, 0x44)},
    };
    if (const auto it = known.constFind(patternId); it != known.cend())
        return *it;
    return QColor::fromHsv(int(qHash(patternId) % 360), 160, 180);
}

} // namespace archscape
