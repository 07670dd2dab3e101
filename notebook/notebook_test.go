package notebook

import (
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

func TestPlainText(t *testing.T) {
	tests := []struct {
		name string
		out  Output
		want string
	}{
		{"stream", Output{Type: StreamOutput, Name: "stdout", Text: "loss 0.25\n"}, "loss 0.25\n"},
		{"display with text", Output{Type: DisplayDataOutput, Data: display.PNGBundle([]byte("png"))}, "<PNG image, 3 bytes>"},
		{"result", Output{Type: ExecuteResultOutput, Data: display.TextBundle("42")}, "42"},
		{"data without text", Output{Type: DisplayDataOutput, Data: display.Bundle{"text/html": "<b>", "image/png": ""}}, "<image/png, text/html output>"},
		{"empty data", Output{Type: DisplayDataOutput}, ""},
		{"error", Output{Type: ErrorOutput, Ename: "panic", Evalue: "index out of range", Traceback: []string{"cell 2, line 3", "cell 2, line 1"}},
			"panic: index out of range\ncell 2, line 3\ncell 2, line 1"},
		{"error without traceback", Output{Type: ErrorOutput, Ename: "E", Evalue: "v"}, "E: v"},
		{"unknown type", Output{Type: "x_future_output"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.out.PlainText(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKernelName(t *testing.T) {
	tests := []struct {
		name string
		nb   *Notebook
		want string
	}{
		{"new", New("gobackprop", "Go (gobackprop)", "go"), "gobackprop"},
		{"no metadata", &Notebook{}, ""},
		{"kernelspec of the wrong type", &Notebook{Metadata: map[string]any{"kernelspec": "go"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.nb.KernelName(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestClearOutputs(t *testing.T) {
	nb, err := ReadFile("testdata/canonical.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb.ClearOutputs()
	for i, c := range nb.Cells {
		if len(c.Outputs) != 0 || c.ExecutionCount != nil {
			t.Errorf("cell %d: got %d outputs and count %v, want none", i+1, len(c.Outputs), c.ExecutionCount)
		}
	}
	if got := len(nb.Cells[0].Attachments); got != 1 {
		t.Errorf("got %d attachments on the markdown cell, want 1 (they are not outputs)", got)
	}
}

func TestAddPanicsOnUnknownType(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("got no panic for cell type \"heading\", want one")
		}
	}()
	New("gobackprop", "Go", "go").Add("heading", "# x")
}
