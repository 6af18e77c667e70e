#include "scrollpage.h"

#include "modelroles.h"
#include "widgets/autoheighttableview.h"
#include "widgets/focusoutline.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QVBoxLayout>

namespace archscape {

ScrollPage::ScrollPage(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The page takes the focus so the keyboard can scroll it; show when it has it.
    FocusOutline::attach(this);
    clearPage();
}

QString ScrollPage::pageTitle() const
{
    return m_title;
}

void ScrollPage::clearPage()
{
    // Replacing the content widget deletes the old one with its labels, tables and models.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pageContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(24, 16, 24, 24);
    m_layout->setSpacing(8);
    setWidget(m_content);
    m_title.clear();
}

QLabel *ScrollPage::addTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    setAccessibleName(title); // the page scrolls by keyboard, so it takes the focus and needs a name
    auto *label = addParagraph(title);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(tr("Page title"));
    if (!subtitle.isEmpty()) {
        auto *sub = addParagraph(subtitle);
        sub->setForegroundRole(QPalette::PlaceholderText);
    }
    return label;
}

QLabel *ScrollPage::addHeading(const QString &text)
{
    m_layout->addSpacing(10);
    auto *label = addParagraph(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *ScrollPage::addParagraph(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_layout->addWidget(label);
    return label;
}

QLabel *ScrollPage::addList(const QStringList &items, bool numbered)
{
    QStringList lines;
    for (qsizetype i = 0; i < items.size(); ++i)
        lines.append((numbered ? QString::number(i + 1) + QStringLiteral(". ") : QStringLiteral("\u2022 ")) + items.at(i));
    auto *label = addParagraph(lines.join(u'\n'));
    label->setIndent(12);
    return label;
}

AutoHeightTableView *ScrollPage::addTable(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new AutoHeightTableView(m_content);
    if (!model->parent())
        model->setParent(view);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString pattern = index.data(PatternRole).toString();
        if (!pattern.isEmpty())
            Q_EMIT pageRequested({PageRef::Kind::Pattern, pattern});
    });
    if (model->rowCount() > 0 && !model->index(0, 0).data(PatternRole).toString().isEmpty())
        view->setToolTip(tr("Double-click or press Enter on a row to open its pattern"));
    m_layout->addWidget(view);
    return view;
}

void ScrollPage::addWidget(QWidget *widget)
{
    widget->setParent(m_content);
    m_layout->addWidget(widget);
}

void ScrollPage::finishPage()
{
    m_layout->addStretch(1);
}

} // namespace archscape
