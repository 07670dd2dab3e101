package interp

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A cell waiting in a select the session wrote (runtime_select.go) ends
// when it is interrupted, and the session goes on.
func TestInterruptEndsLoweredSelect(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	rec := &recorder{}
	_, err = s.Execute(ctx, "import (\n\t\"fmt\"\n\t\"time\"\n)\ntick := time.NewTicker(time.Hour)\nquit := make(chan bool)\nselect {\ncase <-tick.C:\n\tfmt.Println(\"tick\")\ncase <-quit:\n\tfmt.Println(\"quit\")\n}\nfmt.Println(\"after\")", rec)
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("got error %v, want the cell interrupted", err)
	}
	if strings.Contains(rec.out.String(), "after") {
		t.Errorf("the cell went on after the interrupted select: %q", rec.out.String())
	}
	res, err := s.Execute(context.Background(), "ch := make(chan int, 1)\nch <- 4\nselect {\ncase v := <-ch:\n\tfmt.Println(v)\ndefault:\n\tfmt.Println(\"none\")\n}", rec)
	if err != nil {
		t.Fatalf("the next cell: %v (%v)", err, res)
	}
}
