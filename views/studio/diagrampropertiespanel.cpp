#include "diagrampropertiespanel.h"

#include "diagramcommands/diagrampropertycommands.h"
#include "diagramcommands/edgecommands.h"
#include "diagramcommands/nodecommands.h"
#include "diagramcommands/subgraphcommands.h"
#include "document.h"
#include "widgets/plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace archscape {

namespace {

// A text field is reloaded from the model unless the user is typing in it and the model value
// has not changed since it was loaded: an unrelated edit never wipes what is being typed.
const char loadedProperty[] = "archscapeLoaded";

void loadText(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->property(loadedProperty).toString() == text)
        return;
    edit->setProperty(loadedProperty, text);
    if (edit->text() != text)
        edit->setText(text);
}

void loadText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->property(loadedProperty).toString() == text)
        return;
    edit->setProperty(loadedProperty, text);
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void selectData(QComboBox *combo, const QString &data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

QString nodeName(const Diagram &diagram, const QString &id)
{
    const DiagramNode *node = diagram.node(id);
    return node ? node->label.value(0, id) : id;
}

int depthOf(const Diagram &diagram, const Subgraph &subgraph)
{
    int depth = 0;
    QString parent = subgraph.parent;
    for (; !parent.isEmpty() && depth <= diagram.subgraphs.size(); ++depth) {
        const Subgraph *s = diagram.subgraph(parent);
        parent = s ? s->parent : QString();
    }
    return depth;
}

bool isInside(const Diagram &diagram, QString id, const QString &ancestor)
{
    for (int guard = 0; !id.isEmpty() && guard <= diagram.subgraphs.size(); ++guard) {
        if (id == ancestor)
            return true;
        const Subgraph *s = diagram.subgraph(id);
        id = s ? s->parent : QString();
    }
    return false;
}

QFormLayout *makeForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

} // namespace

DiagramPropertiesPanel::DiagramPropertiesPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("diagramPropertiesPanel"));
    setAccessibleName(tr("Diagram properties"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    m_heading = makePlainLabel(content);
    m_heading->setObjectName(QStringLiteral("propertiesHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_subheading = makePlainLabel(content);
    m_subheading->setObjectName(QStringLiteral("propertiesSubheading"));
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);

    m_pages = new QStackedWidget(content);
    m_diagramPage = buildDiagramPage();
    m_nodePage = buildNodePage();
    m_edgePage = buildEdgePage();
    m_subgraphPage = buildSubgraphPage();
    for (QWidget *page : {m_diagramPage, m_nodePage, m_edgePage, m_subgraphPage})
        m_pages->addWidget(page);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_document, &Document::diagramChanged, this, [this](const QString &id) {
        if (id == m_diagramId)
            refresh();
    });
    connect(m_document, &Document::catalogChanged, this, &DiagramPropertiesPanel::refresh);
    connect(m_document, &Document::diagramsChanged, this, &DiagramPropertiesPanel::refresh);
    refresh();
}

QWidget *DiagramPropertiesPanel::buildDiagramPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = makeForm(page);
    m_diagramTitle = new QLineEdit(page);
    m_diagramTitle->setObjectName(QStringLiteral("diagramTitleEdit"));
    form->addRow(tr("&Title:"), m_diagramTitle);
    m_diagramDirection = new QComboBox(page);
    m_diagramDirection->setObjectName(QStringLiteral("diagramDirectionCombo"));
    for (const QString &direction : SetDiagramDirectionCommand::directions())
        m_diagramDirection->addItem(direction == u"LR" ? tr("Left to right") : tr("Top to bottom"), direction);
    form->addRow(tr("&Direction:"), m_diagramDirection);
    auto *hint = makePlainLabel(page);
    hint->setText(tr("Select a component or a connection, or click a subgraph's frame, to edit its properties."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    connect(m_diagramTitle, &QLineEdit::editingFinished, this, [this] {
        if (m_subject == Subject::Diagram && m_diagramTitle->text() != m_diagramTitle->property(loadedProperty).toString())
            apply(new SetDiagramTitleCommand(m_document, m_diagramId, m_diagramTitle->text()));
    });
    connect(m_diagramDirection, &QComboBox::activated, this, [this](int index) {
        apply(new SetDiagramDirectionCommand(m_document, m_diagramId, m_diagramDirection->itemData(index).toString()));
    });
    return page;
}

QWidget *DiagramPropertiesPanel::buildNodePage()
{
    auto *page = new QWidget(m_pages);
    auto *form = makeForm(page);
    m_nodeId = makePlainLabel(page);
    m_nodeId->setObjectName(QStringLiteral("nodeIdLabel"));
    form->addRow(tr("Id:"), m_nodeId);

    m_nodeLabel = new QPlainTextEdit(page);
    m_nodeLabel->setObjectName(QStringLiteral("nodeLabelEdit"));
    m_nodeLabel->setTabChangesFocus(true);
    m_nodeLabel->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_nodeLabel->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nodeLabel->setToolTip(tr("The first line is the component's name, the lines under it its details. "
                               "Ctrl+Enter or leaving the field applies."));
    const int lineHeight = m_nodeLabel->fontMetrics().lineSpacing();
    // Four lines (a name and three details, as the document's components have) without scrolling.
    m_nodeLabel->setFixedHeight(int(lineHeight * 4 + 2 * m_nodeLabel->document()->documentMargin())
                                + 2 * m_nodeLabel->frameWidth() + 4);
    m_nodeLabel->installEventFilter(this);
    form->addRow(tr("&Label:"), m_nodeLabel);

    m_nodeShape = new QComboBox(page);
    m_nodeShape->setObjectName(QStringLiteral("nodeShapeCombo"));
    // The model's shape names, which are also the names the Mermaid import gives them.
    for (const QString &shape : Diagram::shapes())
        m_nodeShape->addItem(shape, shape);
    form->addRow(tr("&Shape:"), m_nodeShape);

    m_nodeSubgraph = new QComboBox(page);
    m_nodeSubgraph->setObjectName(QStringLiteral("nodeSubgraphCombo"));
    m_nodeSubgraph->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nodeSubgraph->setMinimumContentsLength(12);
    m_nodeSubgraph->setToolTip(tr("The plane, cell, layer or group the component sits in"));
    form->addRow(tr("Su&bgraph:"), m_nodeSubgraph);

    m_nodePinned = new QCheckBox(tr("Pi&nned where it is"), page);
    m_nodePinned->setToolTip(tr("A pinned component stays at its position whatever the layout does"));
    m_nodePinned->setObjectName(QStringLiteral("nodePinnedCheck"));
    m_nodeX = new QDoubleSpinBox(page);
    m_nodeY = new QDoubleSpinBox(page);
    m_nodeX->setObjectName(QStringLiteral("nodePinX"));
    m_nodeY->setObjectName(QStringLiteral("nodePinY"));
    // The two boxes share the "Position:" row label, which can be the buddy of only one.
    m_nodeX->setAccessibleName(tr("Pinned position, x"));
    m_nodeY->setAccessibleName(tr("Pinned position, y"));
    for (QDoubleSpinBox *spin : {m_nodeX, m_nodeY}) {
        spin->setRange(-100000, 100000);
        spin->setDecimals(0);
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
    }
    m_nodeX->setPrefix(tr("x "));
    m_nodeY->setPrefix(tr("y "));
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_nodeX, 1);
    pinRow->addWidget(m_nodeY, 1);
    form->addRow(tr("Pin:"), m_nodePinned);
    form->addRow(tr("Position:"), pinRow);

    m_nodeOrder = makePlainLabel(page);
    m_nodeOrder->setObjectName(QStringLiteral("nodeOrderLabel"));
    m_nodeUp = new QPushButton(tr("Move &Up"), page);
    m_nodeDown = new QPushButton(tr("Move Do&wn"), page);
    m_nodeUp->setObjectName(QStringLiteral("nodeUpButton"));
    m_nodeDown->setObjectName(QStringLiteral("nodeDownButton"));
    m_nodeUp->setToolTip(tr("Place the component before the previous one of its subgraph"));
    m_nodeDown->setToolTip(tr("Place the component after the next one of its subgraph"));
    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_nodeUp);
    orderButtons->addWidget(m_nodeDown);
    orderButtons->addStretch(1);
    auto *order = new QVBoxLayout;
    order->addWidget(m_nodeOrder);
    order->addLayout(orderButtons);
    form->addRow(tr("Order:"), order);

    connect(m_nodeShape, &QComboBox::activated, this, [this](int index) {
        apply(new SetNodeShapeCommand(m_document, m_diagramId, m_subjectId, m_nodeShape->itemData(index).toString()));
    });
    connect(m_nodeSubgraph, &QComboBox::activated, this, [this](int index) {
        apply(new MoveNodeToSubgraphCommand(m_document, m_diagramId, m_subjectId,
                                            m_nodeSubgraph->itemData(index).toString()));
    });
    connect(m_nodePinned, &QCheckBox::clicked, this, [this](bool pinned) {
        if (!pinned) {
            apply(new PinNodeCommand(m_document, m_diagramId, m_subjectId, std::nullopt));
            return;
        }
        // Pinned where it is drawn, so nothing jumps.
        const std::optional<QPointF> drawn = m_position ? m_position(m_subjectId) : std::nullopt;
        const QPointF at = drawn ? QPointF(std::round(drawn->x()), std::round(drawn->y()))
                                 : QPointF(m_nodeX->value(), m_nodeY->value());
        apply(new PinNodeCommand(m_document, m_diagramId, m_subjectId, at));
    });
    connect(m_nodeX, &QDoubleSpinBox::editingFinished, this, &DiagramPropertiesPanel::commitPin);
    connect(m_nodeY, &QDoubleSpinBox::editingFinished, this, &DiagramPropertiesPanel::commitPin);
    connect(m_nodeUp, &QPushButton::clicked, this, [this] {
        apply(new ReorderNodeCommand(m_document, m_diagramId, m_subjectId, -1));
    });
    connect(m_nodeDown, &QPushButton::clicked, this, [this] {
        apply(new ReorderNodeCommand(m_document, m_diagramId, m_subjectId, 1));
    });
    return page;
}

QWidget *DiagramPropertiesPanel::buildEdgePage()
{
    auto *page = new QWidget(m_pages);
    auto *form = makeForm(page);
    m_edgeEnds = makePlainLabel(page);
    m_edgeEnds->setObjectName(QStringLiteral("edgeEndsLabel"));
    form->addRow(tr("From \u2192 to:"), m_edgeEnds);
    m_edgeLabel = new QLineEdit(page);
    m_edgeLabel->setObjectName(QStringLiteral("edgeLabelEdit"));
    form->addRow(tr("&Label:"), m_edgeLabel);
    m_edgeStyle = new QComboBox(page);
    m_edgeStyle->setObjectName(QStringLiteral("edgeStyleCombo"));
    m_edgeStyle->addItem(tr("Solid"), QStringLiteral("solid"));
    m_edgeStyle->addItem(tr("Dashed"), QStringLiteral("dashed"));
    m_edgeStyle->addItem(tr("Thick"), QStringLiteral("thick"));
    form->addRow(tr("&Style:"), m_edgeStyle);
    m_edgeArrow = new QComboBox(page);
    m_edgeArrow->setObjectName(QStringLiteral("edgeArrowCombo"));
    for (const QString &arrow : DiagramEdge::arrows()) {
        const QString text = arrow == u"normal" ? tr("Arrow")
                             : arrow == u"none" ? tr("None")
                             : arrow == u"circle" ? tr("Circle")
                             : arrow == u"cross" ? tr("Cross")
                                                 : arrow;
        m_edgeArrow->addItem(text, arrow);
    }
    form->addRow(tr("&End:"), m_edgeArrow);
    m_edgeBoth = new QCheckBox(tr("The start &too (both ends)"), page);
    m_edgeBoth->setObjectName(QStringLiteral("edgeBothEndsCheck"));
    form->addRow(QString(), m_edgeBoth);
    m_edgeReverse = new QPushButton(tr("&Reverse Direction"), page);
    m_edgeReverse->setObjectName(QStringLiteral("edgeReverseButton"));
    m_edgeReverse->setToolTip(tr("Swap the connection's source and target"));
    auto *reverseRow = new QHBoxLayout;
    reverseRow->addWidget(m_edgeReverse);
    reverseRow->addStretch(1);
    form->addRow(tr("Direction:"), reverseRow);

    connect(m_edgeLabel, &QLineEdit::editingFinished, this, [this] {
        if (m_subject == Subject::Edge && m_edgeLabel->text() != m_edgeLabel->property(loadedProperty).toString())
            apply(new SetEdgeLabelCommand(m_document, m_diagramId, m_edge, m_edgeLabel->text()));
    });
    connect(m_edgeStyle, &QComboBox::activated, this, [this](int index) {
        apply(new SetEdgeStyleCommand(m_document, m_diagramId, m_edge, m_edgeStyle->itemData(index).toString()));
    });
    connect(m_edgeArrow, &QComboBox::activated, this, [this](int index) {
        apply(new SetEdgeEndsCommand(m_document, m_diagramId, m_edge, m_edgeArrow->itemData(index).toString(),
                                     m_edgeBoth->isChecked()));
    });
    connect(m_edgeBoth, &QCheckBox::clicked, this, [this](bool both) {
        apply(new SetEdgeEndsCommand(m_document, m_diagramId, m_edge, m_edgeArrow->currentData().toString(), both));
    });
    connect(m_edgeReverse, &QPushButton::clicked, this, [this] {
        // The panel keeps showing the same connection, now the other way round.
        std::swap(m_edgeFrom, m_edgeTo);
        if (!apply(new ReverseEdgeCommand(m_document, m_diagramId, m_edge)))
            std::swap(m_edgeFrom, m_edgeTo);
    });
    return page;
}

QWidget *DiagramPropertiesPanel::buildSubgraphPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = makeForm(page);
    m_subgraphId = makePlainLabel(page);
    m_subgraphId->setObjectName(QStringLiteral("subgraphIdLabel"));
    form->addRow(tr("Id:"), m_subgraphId);
    m_subgraphTitle = new QLineEdit(page);
    m_subgraphTitle->setObjectName(QStringLiteral("subgraphTitleEdit"));
    form->addRow(tr("&Title:"), m_subgraphTitle);
    m_subgraphParent = new QComboBox(page);
    m_subgraphParent->setObjectName(QStringLiteral("subgraphParentCombo"));
    m_subgraphParent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subgraphParent->setMinimumContentsLength(12);
    form->addRow(tr("&Inside:"), m_subgraphParent);

    connect(m_subgraphTitle, &QLineEdit::editingFinished, this, [this] {
        if (m_subject == Subject::Subgraph && m_subgraphTitle->text() != m_subgraphTitle->property(loadedProperty).toString())
            apply(new RenameSubgraphCommand(m_document, m_diagramId, m_subjectId, m_subgraphTitle->text()));
    });
    connect(m_subgraphParent, &QComboBox::activated, this, [this](int index) {
        apply(new SetSubgraphParentCommand(m_document, m_diagramId, m_subjectId,
                                           m_subgraphParent->itemData(index).toString()));
    });
    return page;
}

bool DiagramPropertiesPanel::apply(EditCommand *command)
{
    const bool applied = m_apply ? m_apply(command) : pushEdit(m_document, command);
    // A refused edit leaves the model as it was: show the model's value again.
    if (!applied) {
        for (QWidget *field : {static_cast<QWidget *>(m_diagramTitle), static_cast<QWidget *>(m_nodeLabel),
                               static_cast<QWidget *>(m_edgeLabel), static_cast<QWidget *>(m_subgraphTitle)})
            field->setProperty(loadedProperty, QVariant());
        refresh();
    }
    return applied;
}

const Diagram *DiagramPropertiesPanel::diagram() const
{
    return m_document->catalog().diagram(m_diagramId);
}

void DiagramPropertiesPanel::setDiagramId(const QString &diagramId)
{
    if (diagramId == m_diagramId)
        return;
    m_diagramId = diagramId;
    setSubject(Subject::Diagram, {}, -1);
}

void DiagramPropertiesPanel::showDiagramProperties()
{
    setSubject(Subject::Diagram, {}, -1);
}

void DiagramPropertiesPanel::showNode(const QString &nodeId)
{
    setSubject(Subject::Node, nodeId, -1);
}

void DiagramPropertiesPanel::showEdge(int edgeIndex)
{
    const Diagram *d = diagram();
    if (d && edgeIndex >= 0 && edgeIndex < d->edges.size()) {
        m_edgeFrom = d->edges.at(edgeIndex).from;
        m_edgeTo = d->edges.at(edgeIndex).to;
    }
    setSubject(Subject::Edge, {}, edgeIndex);
}

void DiagramPropertiesPanel::showSubgraph(const QString &subgraphId)
{
    setSubject(Subject::Subgraph, subgraphId, -1);
}

void DiagramPropertiesPanel::setSubject(Subject subject, const QString &id, int edge)
{
    const bool changed = subject != m_subject || id != m_subjectId || edge != m_edge;
    m_subject = subject;
    m_subjectId = id;
    m_edge = edge;
    if (changed) {
        // New subject: every field loads afresh.
        for (QWidget *field : {static_cast<QWidget *>(m_diagramTitle), static_cast<QWidget *>(m_nodeLabel),
                               static_cast<QWidget *>(m_edgeLabel), static_cast<QWidget *>(m_subgraphTitle)})
            field->setProperty(loadedProperty, QVariant());
    }
    refresh();
    if (changed)
        Q_EMIT subjectChanged();
}

bool DiagramPropertiesPanel::resolveEdge(const Diagram &diagram)
{
    const auto matches = [&](int i) {
        return i >= 0 && i < diagram.edges.size() && diagram.edges.at(i).from == m_edgeFrom && diagram.edges.at(i).to == m_edgeTo;
    };
    if (matches(m_edge))
        return true;
    for (int i = 0; i < diagram.edges.size(); ++i) {
        if (matches(i)) {
            m_edge = i;
            return true;
        }
    }
    // An undone reverse: the same place now holds the connection the other way round.
    if (m_edge >= 0 && m_edge < diagram.edges.size()) {
        m_edgeFrom = diagram.edges.at(m_edge).from;
        m_edgeTo = diagram.edges.at(m_edge).to;
        return true;
    }
    return false;
}

void DiagramPropertiesPanel::refresh()
{
    const Diagram *d = diagram();
    setEnabled(d != nullptr);
    if (!d) {
        m_heading->setText(tr("No diagram"));
        m_subheading->clear();
        m_pages->setCurrentWidget(m_diagramPage);
        return;
    }
    // What was shown may be gone (an undo removed it): fall back to the diagram's properties.
    bool present = true;
    if (m_subject == Subject::Node)
        present = d->node(m_subjectId) != nullptr;
    else if (m_subject == Subject::Subgraph)
        present = d->subgraph(m_subjectId) != nullptr;
    else if (m_subject == Subject::Edge)
        present = resolveEdge(*d);
    if (!present) {
        m_subject = Subject::Diagram;
        m_subjectId.clear();
        m_edge = -1;
        Q_EMIT subjectChanged();
    }
    switch (m_subject) {
    case Subject::Diagram:
        loadDiagram(*d);
        break;
    case Subject::Node:
        loadNode(*d);
        break;
    case Subject::Edge:
        loadEdge(*d);
        break;
    case Subject::Subgraph:
        loadSubgraph(*d);
        break;
    }
}

void DiagramPropertiesPanel::loadDiagram(const Diagram &diagram)
{
    m_heading->setText(tr("Diagram"));
    m_subheading->setText(diagram.id);
    loadText(m_diagramTitle, diagram.title);
    selectData(m_diagramDirection, diagram.direction.isEmpty() ? QStringLiteral("TB") : diagram.direction);
    m_pages->setCurrentWidget(m_diagramPage);
}

void DiagramPropertiesPanel::loadNode(const Diagram &diagram)
{
    const DiagramNode &node = *diagram.node(m_subjectId);
    m_heading->setText(tr("Component"));
    m_subheading->setText(node.label.value(0, node.id));
    m_nodeId->setText(node.id);
    loadText(m_nodeLabel, node.label.join(u'\n'));
    selectData(m_nodeShape, node.shape);
    fillSubgraphCombo(m_nodeSubgraph, diagram, node.subgraph, {});

    m_nodePinned->setChecked(node.pin.has_value());
    const std::optional<QPointF> drawn = m_position ? m_position(node.id) : std::nullopt;
    const QPointF at = node.pin ? *node.pin : drawn.value_or(QPointF());
    for (auto [spin, value] : {std::pair{m_nodeX, at.x()}, std::pair{m_nodeY, at.y()}}) {
        const QSignalBlocker blocker(spin);
        if (!spin->hasFocus() || !node.pin)
            spin->setValue(std::round(value));
        spin->setEnabled(node.pin.has_value());
    }

    int position = 0;
    int count = 0;
    for (const DiagramNode &n : diagram.nodes) {
        if (n.subgraph != node.subgraph)
            continue;
        ++count;
        if (n.id == node.id)
            position = count;
    }
    const Subgraph *subgraph = diagram.subgraph(node.subgraph);
    m_nodeOrder->setText(subgraph ? tr("%1 of %2 in %3").arg(position).arg(count).arg(subgraph->title)
                                  : tr("%1 of %2 at the top level").arg(position).arg(count));
    m_nodeUp->setEnabled(position > 1);
    m_nodeDown->setEnabled(position < count);
    m_pages->setCurrentWidget(m_nodePage);
}

void DiagramPropertiesPanel::loadEdge(const Diagram &diagram)
{
    const DiagramEdge &edge = diagram.edges.at(m_edge);
    m_heading->setText(tr("Connection"));
    const QString ends = nodeName(diagram, edge.from) + (edge.bidirectional ? QStringLiteral(" \u2194 ") : QStringLiteral(" \u2192 "))
                         + nodeName(diagram, edge.to);
    m_subheading->setText(ends);
    m_edgeEnds->setText(edge.from + QStringLiteral(" \u2192 ") + edge.to);
    loadText(m_edgeLabel, edge.label);
    selectData(m_edgeStyle, edge.style);
    selectData(m_edgeArrow, edge.arrow);
    m_edgeBoth->setChecked(edge.bidirectional);
    m_pages->setCurrentWidget(m_edgePage);
}

void DiagramPropertiesPanel::loadSubgraph(const Diagram &diagram)
{
    const Subgraph &subgraph = *diagram.subgraph(m_subjectId);
    m_heading->setText(subgraph.role == u"plane" ? tr("Plane") : tr("Subgraph"));
    m_subheading->setText(subgraph.title);
    m_subgraphId->setText(subgraph.role.isEmpty() ? subgraph.id : tr("%1 (%2)").arg(subgraph.id, subgraph.role));
    loadText(m_subgraphTitle, subgraph.title);
    fillSubgraphCombo(m_subgraphParent, diagram, subgraph.parent, subgraph.id);
    m_pages->setCurrentWidget(m_subgraphPage);
}

void DiagramPropertiesPanel::fillSubgraphCombo(QComboBox *combo, const Diagram &diagram, const QString &current,
                                               const QString &exclude)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(top level)"), QString());
    // Parents before children, indented by depth, in the diagram's order.
    const std::function<void(const QString &)> addChildren = [&](const QString &parent) {
        for (const Subgraph &subgraph : diagram.subgraphs) {
            if (subgraph.parent != parent || (!exclude.isEmpty() && isInside(diagram, subgraph.id, exclude)))
                continue;
            combo->addItem(QString(depthOf(diagram, subgraph) * 3, u' ') + subgraph.title, subgraph.id);
            addChildren(subgraph.id);
        }
    };
    addChildren(QString());
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void DiagramPropertiesPanel::commitNodeLabel()
{
    if (m_subject != Subject::Node)
        return;
    const QString text = m_nodeLabel->toPlainText();
    if (text == m_nodeLabel->property(loadedProperty).toString())
        return;
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(line.trimmed());
    while (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    apply(new RenameNodeCommand(m_document, m_diagramId, m_subjectId, lines));
}

void DiagramPropertiesPanel::commitPin()
{
    const Diagram *d = diagram();
    const DiagramNode *node = d && m_subject == Subject::Node ? d->node(m_subjectId) : nullptr;
    if (!node || !node->pin)
        return;
    const QPointF at(m_nodeX->value(), m_nodeY->value());
    if (at != *node->pin)
        apply(new PinNodeCommand(m_document, m_diagramId, m_subjectId, at));
}

bool DiagramPropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nodeLabel) {
        if (event->type() == QEvent::FocusOut) {
            commitNodeLabel();
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
                commitNodeLabel();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace archscape
