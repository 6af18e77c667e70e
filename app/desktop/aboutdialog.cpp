#include "aboutdialog.h"

#include "diagram/graphvizlayout.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace archscape {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString AboutDialog::versionInfo()
{
    const QString graphviz = GraphvizLayout::libraryVersion();
    return tr("Archscape %1\nQt %2 (built with %3)\nGraphviz %4\n%5")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             graphviz.isEmpty() ? tr("(version unknown)") : graphviz, QSysInfo::prettyProductName());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Archscape"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title = plainLabel(tr("Archscape %1").arg(QApplication::applicationVersion()), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *summary = plainLabel(tr("An explorer and diagram studio for system architecture patterns: the "
                                  "document \u201cLayer 4: Complete System Patterns\u201d as an explorable model."),
                               this);
    auto *versions = plainLabel(versionInfo(), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    auto *licence = plainLabel(tr("Licence: no licence has been chosen for Archscape yet; all rights reserved by its authors.\n"
                                  "Diagrams are laid out by Graphviz (Eclipse Public License). Built with Qt (LGPL 3).\n"
                                  "Action icons: the Adwaita icon theme by the GNOME Project (CC-BY-SA 3.0 or LGPL 3)."),
                               this);
    licence->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(versions);
    text->addSpacing(8);
    text->addWidget(licence);
    text->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Put the version lines on the clipboard, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionInfo()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace archscape
