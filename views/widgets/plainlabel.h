// A word-wrapped, selectable label that never interprets its text as HTML: model text is shown
// exactly as written (a label reading "<b>x</b>" shows the tags).
#pragma once

class QLabel;
class QWidget;

namespace archscape {

QLabel *makePlainLabel(QWidget *parent);

} // namespace archscape
