package runner_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/notebook"
	"github.com/gobackprop/gobackprop/runner"
)

func newNotebook(cells ...string) *notebook.Notebook {
	nb := notebook.New("gobackprop", "Go (gobackprop)", "go")
	nb.Add("markdown", "# a title")
	for _, c := range cells {
		nb.Add("code", c)
	}
	return nb
}

func run(t *testing.T, nb *notebook.Notebook, opts runner.Options) error {
	t.Helper()
	s, err := interp.New(interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return runner.Run(context.Background(), nb, "test.ipynb", s, opts)
}

func TestRunStoresOutputsAsJupyter(t *testing.T) {
	nb := newNotebook(
		"fmt.Println(\"a\")\nfmt.Println(\"b\")\n1 + 1",
		"",
		`display.HTML("<i>x</i>")`,
		"h := display.New(display.TextBundle(\"v1\"))\nh.SetInterval(0)\nh.Update(display.TextBundle(\"v2\"))",
	)
	if err := run(t, nb, runner.Options{}); err != nil {
		t.Fatal(err)
	}
	c := nb.Cells[1]
	if *c.ExecutionCount != 1 || len(c.Outputs) != 2 {
		t.Fatalf("got count %d and %d outputs, want 1 and a stream plus a result", *c.ExecutionCount, len(c.Outputs))
	}
	if o := c.Outputs[0]; o.Type != "stream" || o.Text != "a\nb\n" {
		t.Errorf("got %+v, want one stream output a b", o)
	}
	if o := c.Outputs[1]; o.Type != "execute_result" || o.Data["text/plain"] != "2" || *o.ExecutionCount != 1 {
		t.Errorf("got %+v, want execute_result 2", o)
	}
	if nb.Cells[2].ExecutionCount != nil || len(nb.Cells[2].Outputs) != 0 {
		t.Errorf("an empty cell got a count or outputs: %+v", nb.Cells[2])
	}
	if o := nb.Cells[3].Outputs[0]; o.Type != "display_data" || o.Data["text/html"] != "<i>x</i>" || *nb.Cells[3].ExecutionCount != 2 {
		t.Errorf("got %+v, want display_data text/html in cell counted 2", o)
	}
	if outs := nb.Cells[4].Outputs; len(outs) != 1 || outs[0].Data["text/plain"] != "v2" {
		t.Errorf("got %+v, want the one display updated in place to v2", outs)
	}
}

func TestRunStopsAtFirstError(t *testing.T) {
	nb := newNotebook("x := 1", "y := []int{}\ny[2]", "never := 1")
	err := run(t, nb, runner.Options{})
	var ce *runner.CellError
	if !errors.As(err, &ce) || ce.Cell != 3 || ce.Ename != "runtime.Error" || !strings.Contains(err.Error(), "test.ipynb: cell 3") ||
		!strings.Contains(err.Error(), "cell line 2") {
		t.Fatalf("got %v, want a runtime.Error naming test.ipynb, cell 3 and line 2", err)
	}
	if o := nb.Cells[2].Outputs; len(o) != 1 || o[0].Type != "error" {
		t.Errorf("got %+v, want the error stored in the failing cell", o)
	}
	if nb.Cells[3].ExecutionCount != nil {
		t.Error("a cell after the failing one ran")
	}
}

func TestRunAllowErrors(t *testing.T) {
	nb := newNotebook("panic(\"first\")", "2 * 21")
	if err := run(t, nb, runner.Options{AllowErrors: true}); err != nil {
		t.Fatalf("got %v with AllowErrors, want nil", err)
	}
	if o := nb.Cells[2].Outputs; len(o) != 1 || o[0].Data["text/plain"] != "42" {
		t.Errorf("got %+v, want the cell after the error to run", o)
	}
}

func TestRunTimeout(t *testing.T) {
	nb := newNotebook("for {}", "1")
	err := run(t, nb, runner.Options{Timeout: 200 * time.Millisecond})
	var ce *runner.CellError
	if !errors.As(err, &ce) || ce.Cell != 2 || ce.Ename != "Timeout" {
		t.Fatalf("got %v, want cell 2 to fail with a Timeout", err)
	}
}
