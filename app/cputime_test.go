package app

import (
	"syscall"
	"testing"
	"time"
)

// cpuTimer reports, beside a benchmark's wall time, the CPU time the process spent per operation
// ("cpu-ms/op"): on a machine shared with other work, wall time measures the queue as much as the
// code, while CPU time is what the operation costs.
type cpuTimer struct{ start time.Duration }

func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func startCPU() cpuTimer { return cpuTimer{processCPU()} }

func (c cpuTimer) report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(processCPU()-c.start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}
