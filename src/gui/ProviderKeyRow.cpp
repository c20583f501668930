#include "ProviderKeyRow.h"
#include "ui_ProviderKeyRow.h"

#include "SessionKeyStore.h"

#include <QAccessible>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// The Tickers page's red: readable on light and dark window backgrounds.
QColor warningColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

} // namespace

ProviderKeyRow::ProviderKeyRow(SecretStore &secrets, const ProviderInfo &provider, QWidget *parent)
    : QGroupBox(parent)
    , m_secrets(secrets)
    , m_session(qobject_cast<SessionKeyStore *>(&secrets))
    , m_provider(provider)
    , m_ui(std::make_unique<Ui::ProviderKeyRow>())
{
    m_ui->setupUi(this);
    setTitle(provider.title);
    // Names carry the provider, so tests and accessibility tools can tell rows apart.
    setObjectName(u"providerKeyRow_"_s + provider.name);
    m_ui->keyEdit->setAccessibleName(tr("%1 API key").arg(provider.title));
    m_ui->saveButton->setAccessibleName(tr("Save the %1 API key").arg(provider.title));
    m_ui->removeButton->setAccessibleName(tr("Remove the %1 API key").arg(provider.title));
    m_ui->stateLabel->setAccessibleName(tr("%1 API key state").arg(provider.title));
    // A QLineEdit lets Return through to the dialog, which would press OK;
    // here Return means "save this key".
    m_ui->keyEdit->installEventFilter(this);
    // Room for the longest state up front: the row keeps its height when its text changes.
    m_ui->stateLabel->setReservedTexts(providerKeyStateTexts(provider, m_session != nullptr));
    // Save is "Use Until Quit" without a keychain: as wide as either, so nothing moves.
    int saveWidth = 0;
    for (const QString &text : {tr("Save"), tr("Use Until Quit")}) {
        m_ui->saveButton->setText(text);
        saveWidth = qMax(saveWidth, m_ui->saveButton->sizeHint().width());
    }
    m_ui->saveButton->setMinimumWidth(saveWidth);
    // The field is wide enough for the longest of its hints.
    int hintWidth = 0;
    for (const QString &hint : {tr("No keychain to keep a key in"), tr("Paste a key to use until Tickerline quits"),
                                tr("Paste a new key to replace it"), tr("Paste your %1 API key").arg(provider.title)})
        hintWidth = qMax(hintWidth, m_ui->keyEdit->fontMetrics().horizontalAdvance(hint));
    m_ui->keyEdit->setMinimumWidth(hintWidth + 2 * m_ui->keyEdit->fontMetrics().averageCharWidth()
                                   + m_ui->keyEdit->minimumSizeHint().width());

    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, [this] {
        m_unsavedWarning = false;
        updateWidgets();
    });
    connect(m_ui->showButton, &QToolButton::toggled, this, &ProviderKeyRow::updateWidgets);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProviderKeyRow::handleSave);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProviderKeyRow::handleRemove);
    connect(&m_secrets, &SecretStore::keyRead, this, &ProviderKeyRow::handleKeyRead);
    connect(&m_secrets, &SecretStore::keyWritten, this, &ProviderKeyRow::handleKeyWritten);
    connect(&m_secrets, &SecretStore::keyDeleted, this, &ProviderKeyRow::handleKeyDeleted);
    updateWidgets();
}

ProviderKeyRow::~ProviderKeyRow() = default;

void ProviderKeyRow::refresh()
{
    if (m_busy != Busy::No)
        return;
    m_busy = Busy::Reading;
    m_outcome.clear();
    m_secrets.readKey(m_provider.name);
    updateWidgets();
}

bool ProviderKeyRow::checkNothingUnsaved()
{
    // The row already says "Saving…"; closing now would hide how it ends.
    if (m_busy == Busy::Saving)
        return false;
    if (m_ui->keyEdit->text().trimmed().isEmpty())
        return true;
    m_unsavedWarning = true;
    updateWidgets();
    m_ui->keyEdit->setFocus();
    return false;
}

bool ProviderKeyRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->keyEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            handleSave();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ProviderKeyRow::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateWidgets();
}

void ProviderKeyRow::handleSave()
{
    // Pasted keys often bring a newline or spaces along; no provider's key has any.
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty() || (m_noKeychain && !m_session) || m_busy == Busy::Saving || m_busy == Busy::Removing)
        return;
    m_busy = Busy::Saving;
    m_outcome.clear();
    m_error = {};
    if (m_noKeychain)
        m_session->holdForSession(m_provider.name, key);
    else
        m_secrets.writeKey(m_provider.name, key);
    updateWidgets();
}

void ProviderKeyRow::handleRemove()
{
    if (m_busy != Busy::No || m_stored != Stored::Yes)
        return;
    m_busy = Busy::Removing;
    m_outcome.clear();
    m_error = {};
    m_secrets.deleteKey(m_provider.name);
    updateWidgets();
}

void ProviderKeyRow::handleKeyRead(const QString &provider, const std::optional<QString> &key, const SecretError &error)
{
    // Answers to other readers (the feed starter) are news too, but not while
    // a save or removal is under way: they were asked before it.
    if (!isMine(provider) || m_busy == Busy::Saving || m_busy == Busy::Removing)
        return;
    if (error.ok())
        m_stored = key && !key->isEmpty() ? Stored::Yes : Stored::No;
    // Only a missing keychain makes a key be held for the session.
    if (heldForSession())
        m_noKeychain = true;
    finish(error);
}

void ProviderKeyRow::handleKeyWritten(const QString &provider, const SecretError &error)
{
    if (!isMine(provider) || m_busy != Busy::Saving)
        return;
    if (error.ok()) {
        m_stored = Stored::Yes;
        m_outcome = heldForSession() ? QString() : tr("Saved.");
        m_ui->keyEdit->clear();
        m_ui->showButton->setChecked(false);
    }
    finish(error);
}

void ProviderKeyRow::handleKeyDeleted(const QString &provider, const SecretError &error)
{
    if (!isMine(provider) || m_busy != Busy::Removing)
        return;
    if (error.ok()) {
        m_stored = Stored::No;
        m_outcome = tr("Removed.");
    }
    finish(error);
}

void ProviderKeyRow::finish(const SecretError &error)
{
    m_busy = Busy::No;
    m_error = error;
    if (error.code == SecretError::Code::NoBackendAvailable && !m_noKeychain) {
        m_noKeychain = true;
        Q_EMIT keychainMissing();
    }
    updateWidgets();
    if (!error.ok()) {
        QAccessibleEvent alert(m_ui->stateLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void ProviderKeyRow::updateWidgets()
{
    const bool busyWriting = m_busy == Busy::Saving || m_busy == Busy::Removing;
    const bool typed = !m_ui->keyEdit->text().trimmed().isEmpty();
    const bool canTake = !m_noKeychain || m_session;
    m_ui->keyEdit->setEnabled(canTake && !busyWriting);
    m_ui->keyEdit->setPlaceholderText(!canTake                  ? tr("No keychain to keep a key in")
                                      : m_noKeychain            ? tr("Paste a key to use until Tickerline quits")
                                      : m_stored == Stored::Yes ? tr("Paste a new key to replace it")
                                                                : tr("Paste your %1 API key").arg(m_provider.title));
    m_ui->saveButton->setText(m_noKeychain && m_session ? tr("Use Until Quit") : tr("Save"));
    m_ui->saveButton->setEnabled(canTake && !busyWriting && typed);
    m_ui->removeButton->setEnabled(m_busy == Busy::No && m_stored == Stored::Yes);

    const bool shown = m_ui->showButton->isChecked();
    m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->showButton->setText(shown ? tr("Hide") : tr("Show"));
    m_ui->showButton->setAccessibleName(shown ? tr("Hide the typed %1 API key").arg(m_provider.title)
                                              : tr("Show the typed %1 API key").arg(m_provider.title));
    m_ui->showButton->setEnabled(canTake);

    const QString text = providerKeyStateText(state(), m_provider);
    m_ui->stateLabel->setText(text);
    m_ui->keyEdit->setAccessibleDescription(text);
    // Red when something failed or the provider has no key at all; without a
    // keychain, a key from the environment is the normal case.
    const bool problem = m_unsavedWarning
                         || (m_noKeychain ? !environmentHasKey() && !heldForSession() : !m_error.ok());
    if (problem) {
        QPalette warning = palette();
        warning.setColor(QPalette::WindowText, warningColor(warning));
        m_ui->stateLabel->setPalette(warning);
    } else {
        m_ui->stateLabel->setPalette(QPalette());   // back to the row's own colours
    }
}

ProviderKeyState ProviderKeyRow::state() const
{
    ProviderKeyState state;
    state.busy = m_busy;
    state.stored = m_stored;
    state.error = m_error;
    state.outcome = m_outcome;
    state.noKeychain = m_noKeychain;
    state.canHoldForSession = m_session != nullptr;
    state.heldForSession = heldForSession();
    state.unsavedWarning = m_unsavedWarning;
    state.environmentHasKey = environmentHasKey();
    return state;
}

bool ProviderKeyRow::heldForSession() const
{
    return m_session && m_session->holdsForSession(m_provider.name);
}

bool ProviderKeyRow::environmentHasKey() const
{
    return !qEnvironmentVariableIsEmpty(m_provider.keyVariable.toLatin1().constData());
}

bool ProviderKeyRow::isMine(const QString &provider) const
{
    return provider.compare(m_provider.name, Qt::CaseInsensitive) == 0;
}

} // namespace tickerline
