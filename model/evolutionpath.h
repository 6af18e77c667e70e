// A phased path from one pattern to another (the document's "Pattern Evolution Paths").
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

struct EvolutionPhase
{
    int number = 0;
    QString title;
    QString pattern;
    QStringList steps;
};

struct EvolutionPath
{
    QString id;
    QString title;
    QString from;
    QString to;
    QList<EvolutionPhase> phases;
};

} // namespace archscape
