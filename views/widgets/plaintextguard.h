// Qt shows tooltips (QToolTip's label), message boxes and input dialogs through QLabels left at
// Qt::AutoText, which turns text that merely looks like HTML into rich text. Model and user text
// reaches all of them (a pattern name in a tooltip, a file name in an error box), so once
// installed, every QLabel still at Qt::AutoText when it is polished (before it is first shown)
// becomes Qt::PlainText. Archscape has no label that means rich text; one that did would have to
// say Qt::RichText, which tst_nomarkup refuses outside its reviewed allow-list.
#pragma once

#include <QObject>

class QCoreApplication;

namespace archscape {

class PlainTextGuard : public QObject
{
    Q_OBJECT

public:
    // Installs the guard as an application event filter once; later calls do nothing.
    static void install(QCoreApplication *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace archscape
