package kernel

import (
	"testing"
	"time"
)

func TestAbortCovers(t *testing.T) {
	failed := time.Date(2026, 11, 27, 10, 0, 0, 500_000_000, time.UTC) // the error went out
	date := func(d time.Duration, layout string) string { return failed.Add(d).Format(layout) }
	const micro = "2006-01-02T15:04:05.000000Z07:00"
	const milli = "2006-01-02T15:04:05.000Z07:00"
	failing := &Message{Header: Header{Date: date(-2*time.Millisecond, micro)}, arrived: failed.Add(-time.Millisecond)}
	tests := []struct {
		name    string
		req     *Message
		want    bool
		failing *Message
	}{
		{"arrived before the error", &Message{arrived: failed.Add(-time.Microsecond)}, true, failing},
		{"made before the error, arrived after", &Message{Header: Header{Date: date(-time.Millisecond, micro)}, arrived: failed.Add(time.Millisecond)}, true, failing},
		{"made after the error", &Message{Header: Header{Date: date(time.Millisecond, micro)}, arrived: failed.Add(2 * time.Millisecond)}, false, failing},
		{"a date to the millisecond, made in the failure's millisecond", &Message{Header: Header{Date: date(0, milli)}, arrived: failed.Add(2 * time.Millisecond)}, false, failing},
		{"a date to the second, made after the error in the same second", &Message{Header: Header{Date: failed.Add(100 * time.Millisecond).Format(time.RFC3339)}, arrived: failed.Add(100 * time.Millisecond)}, false, failing},
		{"no date, arrived after", &Message{arrived: failed.Add(time.Millisecond)}, false, failing},
		{"a client clock 5 s behind: dates not trusted", &Message{Header: Header{Date: date(-4*time.Second, micro)}, arrived: failed.Add(time.Second)}, false,
			&Message{Header: Header{Date: date(-5*time.Second, micro)}, arrived: failed.Add(-time.Millisecond)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a abort
			a.failed(tt.failing, failed)
			if got := a.covers(tt.req, tt.req.arrived); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("the first request not covered ends the abort", func(t *testing.T) {
		var a abort
		a.failed(failing, failed)
		late := &Message{Header: Header{Date: date(time.Millisecond, micro)}, arrived: failed.Add(2 * time.Millisecond)}
		early := &Message{Header: Header{Date: date(-time.Millisecond, micro)}, arrived: failed.Add(3 * time.Millisecond)}
		a.covers(late, late.arrived)
		if a.covers(early, early.arrived) {
			t.Error("got covered after the abort ended, want not")
		}
	})
}
