// A cross-cutting section of the document, as a page of the app: text plus what it shows.
#pragma once

#include <QString>
#include <QStringList>

namespace archscape {

struct Section
{
    QString id;
    QString title;
    QStringList text;
    QStringList tables;
    QStringList lists;
    QStringList evolutionPaths;
    QString diagram;
    bool antiPatterns = false;
    bool roadmap = false;
};

} // namespace archscape
