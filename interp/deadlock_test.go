package interp

import (
	"context"
	"strings"
	"testing"
	"time"
)

// slowInput answers an input request after a while, so that a cell waits
// for the frontend (inside a compiled call) longer than deadlockPoll.
type slowInput struct{ recorder }

func (*slowInput) Input(string, bool) (string, error) {
	time.Sleep(3 * deadlockPoll)
	return "7", nil
}

func TestDeadlockEndsTheCellWithGoError(t *testing.T) {
	for _, code := range []string{
		"ch := make(chan int)\nch <- 1",
		"import \"sync\"\nvar wg sync.WaitGroup\nwg.Add(2)\ngo func() { wg.Done() }()\nwg.Wait()",
		"import \"sync\"\nvar mu sync.Mutex\nmu.Lock()\nmu.Lock()",
		"var ch chan int\n<-ch",
		"select {}",
	} {
		s := newTestSession(t, Options{})
		_, err := s.Execute(context.Background(), code, &recorder{})
		if err == nil || !strings.Contains(err.Error(), "all goroutines are asleep - deadlock!") {
			t.Errorf("%q: got %v, want Go's deadlock error", code, err)
		}
		if res, err := s.Execute(context.Background(), "1 + 1", &recorder{}); err != nil || res["text/plain"] != "2" {
			t.Errorf("after %q: 1 + 1 gave %v %v", code, res, err)
		}
	}
}

// A goroutine that a timer, a sleeping goroutine or the frontend wakes is
// not asleep.
func TestWaitingIsNoDeadlock(t *testing.T) {
	for _, code := range []string{
		"import \"time\"\nselect { case <-time.After(time.Second): }\n\"woke\"",
		"import \"time\"\nch := make(chan string)\ngo func() { time.Sleep(time.Second); ch <- \"woke\" }()\n<-ch",
		"import (\"context\"; \"time\")\nctx, cancel := context.WithTimeout(context.Background(), time.Second)\ndefer cancel()\n<-ctx.Done()\n\"woke\"",
	} {
		s := newTestSession(t, Options{})
		res, err := s.Execute(context.Background(), code, &recorder{})
		if err != nil || res["text/plain"] != `"woke"` {
			t.Errorf("%q: got %v %v, want \"woke\"", code, res, err)
		}
	}
	s := newTestSession(t, Options{})
	res, err := s.Execute(context.Background(), "var n int\nfmt.Scanln(&n)\nn", &slowInput{})
	if err != nil || res["text/plain"] != "7" {
		t.Errorf("waiting for input: got %v %v, want 7", res, err)
	}
}
