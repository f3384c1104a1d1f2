#include "ui/mainwindow.h"

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Straja"));
}

MainWindow::~MainWindow() = default;

} // namespace Ui
