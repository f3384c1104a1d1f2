#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Gui {

// Shown instead of the overview while the workspace has no services: says what
// to do next and offers it.
class EmptyWorkspacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyWorkspacePage)
public:
    explicit EmptyWorkspacePage(QWidget *parent = nullptr);
    ~EmptyWorkspacePage() override;

signals:
    void editRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace Gui
