// A system pattern with its summary-table fields, description and the ids of its tables.
#pragma once

#include "fact.h"

#include <QStringList>

namespace archscape {

struct Pattern
{
    QString id;
    QString name;
    QString fullName;
    QString kind; // core, baseline, combination or outcome
    QStringList description;
    QList<Fact> whenToUse;
    QList<Fact> architecture;
    QList<Fact> guarantees;
    QList<Fact> scaleLimits;
    QList<Fact> costModel;
    QStringList migrationSteps;
    QString diagram;
    QStringList tables;
    QStringList keyMetrics;
    QStringList checklist;
};

} // namespace archscape
