package notebook

import (
	"maps"
	"sync"

	"github.com/gobackprop/gobackprop/display"
)

// Recorder is the display.Frontend of one code cell run outside Jupyter:
// it stores the outputs in the cell exactly as nbclient, Jupyter's
// executor, stores the messages a kernel sends. It is safe for use by
// several goroutines. While a cell records, nothing else may change its
// notebook: an update of a display id writes to outputs in other cells.
type Recorder struct {
	mu           sync.Mutex
	nb           *Notebook
	cell         *Cell
	clearPending bool // a ClearOutput(true) waits for the next output
}

var _ display.Frontend = (*Recorder)(nil)

// NewRecorder returns a Recorder that adds outputs to cell, which should be
// one of nb's cells; display updates look for their output in all of nb.
// NewRecorder panics if cell is nil.
func NewRecorder(nb *Notebook, cell *Cell) *Recorder {
	if cell == nil {
		panic("notebook: NewRecorder: nil cell")
	}
	return &Recorder{nb: nb, cell: cell}
}

// Stream appends text to the named stream. Text that follows text of the
// same stream is merged into that output, so a loop that prints a line per
// step leaves one output, as in Jupyter.
func (r *Recorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.beforeOutput()
	outs := r.cell.Outputs
	if n := len(outs); n > 0 && outs[n-1].Type == StreamOutput && outs[n-1].Name == name {
		outs[n-1].Text += text
		return
	}
	r.cell.Outputs = append(outs, Output{Type: StreamOutput, Name: name, Text: text})
}

// Display adds a display_data output or, when out.Update is set, replaces
// the data and metadata of every output in the notebook that carries
// out.DisplayID; an update for an id no output carries does nothing. A new
// output with a display id that is already shown also replaces the earlier
// ones, since nbclient treats both messages alike.
func (r *Recorder) Display(out display.Output) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if out.DisplayID != "" {
		r.update(out)
	}
	if out.Update {
		return
	}
	r.beforeOutput()
	r.cell.Outputs = append(r.cell.Outputs, Output{
		Type:      DisplayDataOutput,
		Data:      maps.Clone(out.Data),
		Metadata:  maps.Clone(out.Metadata),
		DisplayID: out.DisplayID,
	})
}

// update replaces the outputs that carry out.DisplayID, in every cell:
// a training loop may update a plot shown by an earlier cell.
func (r *Recorder) update(out display.Output) {
	cells := []*Cell{r.cell}
	if r.nb != nil {
		cells = r.nb.Cells
	}
	for _, c := range cells {
		for i := range c.Outputs {
			if o := &c.Outputs[i]; o.DisplayID == out.DisplayID {
				// Each output gets its own copy so that a later change to
				// one cannot show through another.
				o.Data = maps.Clone(out.Data)
				o.Metadata = maps.Clone(out.Metadata)
			}
		}
	}
}

// ClearOutput removes the cell's outputs, at once or, with wait set, when
// the next output arrives, so that a loop that clears and redraws never
// shows an empty cell.
func (r *Recorder) ClearOutput(wait bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if wait {
		r.clearPending = true
		return
	}
	r.clearPending = false
	r.cell.Outputs = nil
}

// Input returns display.ErrNoInput: nobody is there to answer.
func (r *Recorder) Input(prompt string, password bool) (string, error) {
	return "", display.ErrNoInput
}

// Result adds the execute_result output of the cell's trailing expression
// and sets the cell's execution count to count.
func (r *Recorder) Result(data display.Bundle, metadata map[string]any, count int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.beforeOutput()
	n := count
	r.cell.ExecutionCount = &count
	r.cell.Outputs = append(r.cell.Outputs, Output{
		Type:           ExecuteResultOutput,
		Data:           maps.Clone(data),
		Metadata:       maps.Clone(metadata),
		ExecutionCount: &n,
	})
}

// Error adds an error output.
func (r *Recorder) Error(ename, evalue string, traceback []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.beforeOutput()
	r.cell.Outputs = append(r.cell.Outputs, Output{
		Type:      ErrorOutput,
		Ename:     ename,
		Evalue:    evalue,
		Traceback: append([]string(nil), traceback...),
	})
}

// beforeOutput carries out a waiting ClearOutput. Updates of a display id
// do not call it: in nbclient they are not outputs of the cell.
func (r *Recorder) beforeOutput() {
	if r.clearPending {
		r.cell.Outputs = nil
		r.clearPending = false
	}
}
