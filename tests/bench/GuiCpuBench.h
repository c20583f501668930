#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;

struct GuiCpuPlan
{
    QString appPath;        // the tickerline executable
    int warmUpSeconds = 5;  // after the spawn: start-up, history, first frames
    int seconds = 30;       // the measured window
};

// gui_cpu_percent_120tps: the CPU the app's GUI thread uses, as a percentage
// of one core, over `seconds` on the simulated market's default watchlist
// (six symbols at 20 ticks/s each) in the default window, offscreen.
// gui_cpu_percent_120tps_chart_hidden: the same window with View → Chart off,
// measured in turns with it. Both from /proc/PID/task/PID/stat (utime +
// stime of the main thread), the same clock for both.
void runGuiCpuBench(BenchReport &report, const GuiCpuPlan &plan);

} // namespace tickerline::bench
