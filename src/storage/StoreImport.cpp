#include "StoreImport.h"

#include "CsvImporter.h"

#include <QDir>

namespace tickerline {

StoreImport::StoreImport(CsvImportJob job, QObject *parent) : QObject(parent), m_job(std::move(job)), m_step(this)
{
    // Zero: the next batch once the events queued meanwhile had their turn.
    m_step.setSingleShot(true);
    m_step.setInterval(0);
    connect(&m_step, &QTimer::timeout, this, &StoreImport::step);
}

StoreImport::~StoreImport() = default;

bool StoreImport::start(StoreWriter *writer)
{
    m_file.setFileName(m_job.csvPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = QStringLiteral("Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(m_job.csvPath), m_file.errorString());
        end(result);
        return false;
    }
    m_importer = std::make_unique<CsvImporter>(m_job.request, m_file);
    if (!m_importer->readHeader()) {
        end(m_importer->result());
        return false;
    }
    if (!writer) {
        end(m_importer->abort(QStringLiteral("The tick store is not open")));
        return false;
    }
    if (!m_importer->begin(*writer)) {
        end(m_importer->result());
        return false;
    }
    m_step.start();
    return true;
}

void StoreImport::step()
{
    if (m_importer->step())
        m_step.start();
    else
        end(m_importer->finish());
}

void StoreImport::abort(const QString &reason)
{
    if (m_ended)
        return;
    ImportResult result;
    result.error = reason;
    end(m_importer ? m_importer->abort(reason) : result);
}

void StoreImport::end(const ImportResult &result)
{
    m_step.stop();
    m_ended = true;
    if (m_job.finished)
        m_job.finished(result);
    Q_EMIT ended();
}

} // namespace tickerline
