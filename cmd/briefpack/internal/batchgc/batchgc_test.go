package batchgc

import (
	"os"
	"runtime/debug"
	"testing"
)

func TestSettingsApplied(t *testing.T) {
	if os.Getenv("GOGC") == "" {
		if got := debug.SetGCPercent(Percent); got != Percent {
			t.Errorf("GOGC is %d, want %d", got, Percent)
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if got := debug.SetMemoryLimit(-1); got != MemoryLimit {
			t.Errorf("memory limit is %d, want %d", got, MemoryLimit)
		}
	}
}
