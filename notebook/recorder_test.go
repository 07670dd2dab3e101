package notebook

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// summary describes outputs in one line each, so that a test states the
// whole expected state of a cell.
func summary(outs []Output) []string {
	s := make([]string, len(outs))
	for i, o := range outs {
		switch o.Type {
		case StreamOutput:
			s[i] = fmt.Sprintf("%s %q", o.Name, o.Text)
		case DisplayDataOutput, ExecuteResultOutput:
			s[i] = fmt.Sprintf("%s %q", o.Type, o.Data[display.MIMEText])
		default:
			s[i] = o.Type + " " + o.PlainText()
		}
	}
	return s
}

func text(s string) display.Output { return display.Output{Data: display.TextBundle(s)} }

func TestRecorder(t *testing.T) {
	tests := []struct {
		name string
		run  func(r *Recorder)
		want []string
	}{
		{"consecutive writes to a stream merge", func(r *Recorder) {
			r.Stream("stdout", "step 0\n")
			r.Stream("stdout", "step 1\n")
			r.Stream("stdout", "done")
		}, []string{`stdout "step 0\nstep 1\ndone"`}},
		{"another stream in between starts a new output", func(r *Recorder) {
			r.Stream("stdout", "a")
			r.Stream("stderr", "b")
			r.Stream("stdout", "c")
			r.Stream("stdout", "d")
		}, []string{`stdout "a"`, `stderr "b"`, `stdout "cd"`}},
		{"a display in between starts a new output", func(r *Recorder) {
			r.Stream("stdout", "a")
			r.Display(text("plot"))
			r.Stream("stdout", "b")
		}, []string{`stdout "a"`, `display_data "plot"`, `stdout "b"`}},
		{"clear now", func(r *Recorder) {
			r.Stream("stdout", "a")
			r.ClearOutput(false)
		}, nil},
		{"clear waits for the next output", func(r *Recorder) {
			r.Stream("stdout", "a")
			r.ClearOutput(true)
		}, []string{`stdout "a"`}},
		{"clear with wait, then output", func(r *Recorder) {
			r.Display(text("epoch 1"))
			r.ClearOutput(true)
			r.Display(text("epoch 2"))
		}, []string{`display_data "epoch 2"`}},
		{"clear with wait, then a stream does not merge into the cleared one", func(r *Recorder) {
			r.Stream("stdout", "a")
			r.ClearOutput(true)
			r.Stream("stdout", "b")
		}, []string{`stdout "b"`}},
		{"clear with wait happens once", func(r *Recorder) {
			r.ClearOutput(true)
			r.Stream("stdout", "a")
			r.Stream("stderr", "b")
		}, []string{`stdout "a"`, `stderr "b"`}},
		{"result and error", func(r *Recorder) {
			r.Stream("stdout", "x")
			r.Result(display.TextBundle("42"), nil, 7)
			r.Error("panic", "boom", []string{"cell 1, line 2"})
		}, []string{`stdout "x"`, `execute_result "42"`, "error panic: boom\ncell 1, line 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := New("gobackprop", "Go", "go")
			cell := nb.Add(CodeCell, "")
			tt.run(NewRecorder(nb, cell))
			got, want := strings.Join(summary(cell.Outputs), "\n\t"), strings.Join(tt.want, "\n\t")
			if got != want {
				t.Errorf("got outputs\n\t%s\nwant\n\t%s", got, want)
			}
		})
	}
}

func TestRecorderDisplayUpdateAcrossCells(t *testing.T) {
	nb := New("gobackprop", "Go", "go")
	plotCell, trainCell := nb.Add(CodeCell, "h := display.New(...)"), nb.Add(CodeCell, "train(h)")

	first := NewRecorder(nb, plotCell)
	first.Display(display.Output{Data: display.TextBundle("loss curve, step 0"), DisplayID: "loss"})
	first.Display(text("other"))

	second := NewRecorder(nb, trainCell)
	second.Stream("stdout", "training\n")
	second.Display(display.Output{Data: display.TextBundle("loss curve, step 100"), Metadata: map[string]any{"step": 100}, DisplayID: "loss", Update: true})
	second.Display(display.Output{Data: display.TextBundle("never shown"), DisplayID: "unknown", Update: true})

	if got, want := summary(plotCell.Outputs), []string{`display_data "loss curve, step 100"`, `display_data "other"`}; !reflect.DeepEqual(got, want) {
		t.Errorf("got first cell %q, want %q", got, want)
	}
	if got := plotCell.Outputs[0].Metadata["step"]; got != 100 {
		t.Errorf("got updated metadata step %v, want 100", got)
	}
	if got, want := summary(trainCell.Outputs), []string{`stdout "training\n"`}; !reflect.DeepEqual(got, want) {
		t.Errorf("got second cell %q, want %q (an update adds no output)", got, want)
	}

	// Showing the same display id again, not as an update, updates the
	// earlier output and adds a new one, as in nbclient.
	second.Display(display.Output{Data: display.TextBundle("step 200"), DisplayID: "loss"})
	if got, want := summary(plotCell.Outputs)[0], `display_data "step 200"`; got != want {
		t.Errorf("got first cell output %s, want %s", got, want)
	}
	if got, want := summary(trainCell.Outputs), []string{`stdout "training\n"`, `display_data "step 200"`}; !reflect.DeepEqual(got, want) {
		t.Errorf("got second cell %q, want %q", got, want)
	}

	// An update never carries out a waiting clear: it is not an output of
	// the running cell.
	second.ClearOutput(true)
	second.Display(display.Output{Data: display.TextBundle("step 300"), DisplayID: "loss", Update: true})
	if got := len(trainCell.Outputs); got != 2 {
		t.Errorf("got %d outputs after clear(wait) and an update, want 2", got)
	}
}

func TestRecorderResultSetsCount(t *testing.T) {
	nb := New("gobackprop", "Go", "go")
	cell := nb.Add(CodeCell, "1 + 1")
	NewRecorder(nb, cell).Result(display.TextBundle("2"), nil, 5)
	if cell.ExecutionCount == nil || *cell.ExecutionCount != 5 {
		t.Errorf("got cell execution count %v, want 5", cell.ExecutionCount)
	}
	if got := *cell.Outputs[0].ExecutionCount; got != 5 {
		t.Errorf("got result execution count %d, want 5", got)
	}
}

func TestRecorderInput(t *testing.T) {
	nb := New("gobackprop", "Go", "go")
	got, err := NewRecorder(nb, nb.Add(CodeCell, "")).Input("name? ", false)
	if got != "" || !errors.Is(err, display.ErrNoInput) {
		t.Errorf("got %q, %v, want \"\", display.ErrNoInput", got, err)
	}
}

// TestRecorderConcurrent checks that no write is lost when a cell prints
// from several goroutines; run it with -race to check the locking too.
func TestRecorderConcurrent(t *testing.T) {
	nb := New("gobackprop", "Go", "go")
	cell := nb.Add(CodeCell, "")
	r := NewRecorder(nb, cell)
	const goroutines, lines = 4, 100
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for range lines {
				r.Stream("stdout", "x\n")
			}
		})
	}
	wg.Wait()
	if len(cell.Outputs) != 1 {
		t.Fatalf("got %d outputs, want 1", len(cell.Outputs))
	}
	if got := strings.Count(cell.Outputs[0].Text, "x\n"); got != goroutines*lines {
		t.Errorf("got %d lines, want %d", got, goroutines*lines)
	}
}
