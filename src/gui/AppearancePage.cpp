#include "AppearancePage.h"
#include "ui_AppearancePage.h"

#include "Settings.h"
#include "Translations.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

struct Choice
{
    Appearance value;
    QRadioButton *button;
};

std::array<Choice, 3> appearanceButtons(const Ui::AppearancePage &ui)
{
    return {{{Appearance::System, ui.systemRadio}, {Appearance::Light, ui.lightRadio}, {Appearance::Dark, ui.darkRadio}}};
}

} // namespace

AppearancePage::AppearancePage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::AppearancePage>())
{
    m_ui->setupUi(this);
    for (const Choice &choice : appearanceButtons(*m_ui)) {
        connect(choice.button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                Q_EMIT edited();
        });
    }
    // Each language in its own words, so that one can find it whatever the
    // current one is; the data is the code Settings::Key::Language stores.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const Language &language : availableLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    connect(m_ui->languageCombo, &QComboBox::activated, this, &AppearancePage::edited);
}

AppearancePage::~AppearancePage() = default;

QString AppearancePage::title() const
{
    return tr("Appearance");
}

void AppearancePage::load(const Settings &settings)
{
    const Appearance appearance = settings.appearance();
    for (const Choice &choice : appearanceButtons(*m_ui))
        choice.button->setChecked(choice.value == appearance);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
}

void AppearancePage::save(Settings &settings)
{
    for (const Choice &choice : appearanceButtons(*m_ui)) {
        if (choice.button->isChecked())
            settings.setChoice(Settings::Key::Appearance, choice.value);
    }
    settings.setValue(Settings::Key::Language, m_ui->languageCombo->currentData().toString());
}

} // namespace tickerline
