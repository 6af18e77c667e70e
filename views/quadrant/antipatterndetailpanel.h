// The selected anti-pattern in full: problem, detection, fix, its detection-table row, the
// patterns it threatens (each opens its page), and its workshop score against the model's.
// Whatever the document does not give is said plainly, never left as an empty box.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace archscape {

class Document;
class Scenario;

class AntiPatternDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AntiPatternDetailPanel(QWidget *parent = nullptr);

    void setSources(Document *document, Scenario *scenario);
    // Shows one anti-pattern; an empty or unknown id shows a hint instead.
    void showAntiPattern(const QString &id);
    QString antiPatternId() const { return m_id; }
    // Re-reads the model and the scores for the shown anti-pattern.
    void refresh();

    QPushButton *resetButton() const { return m_reset; }
    // Every text the panel shows, in order (for tests and accessibility checks).
    QStringList shownTexts() const;

Q_SIGNALS:
    void patternRequested(const QString &patternId);
    void resetRequested(const QString &antiPatternId);

private:
    void fillContent();
    QLabel *addLabel(const QString &text, bool heading = false);
    void addSection(const QString &heading, const QStringList &items, const QString &whenEmpty);

    QPointer<Document> m_document;
    QPointer<Scenario> m_scenario;
    QString m_id;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace archscape
