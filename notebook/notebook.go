package notebook

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/gobackprop/gobackprop/display"
	"github.com/google/uuid"
)

// Notebook is a Jupyter notebook in memory.
//
// Metadata, and every other map of JSON values read from a file, holds
// numbers as json.Number so that they are written back exactly as they
// were read.
type Notebook struct {
	Nbformat      int
	NbformatMinor int
	Metadata      map[string]any
	Cells         []*Cell

	extra map[string]json.RawMessage // fields unknown to this package, kept for Write
}

// Cell types.
const (
	CodeCell     = "code"
	MarkdownCell = "markdown"
	RawCell      = "raw"
)

// Cell is one cell of a notebook. Outputs and ExecutionCount are used by
// code cells only, Attachments by markdown and raw cells only.
type Cell struct {
	ID             string
	Type           string // CodeCell, MarkdownCell or RawCell
	Source         string
	Metadata       map[string]any
	Outputs        []Output
	ExecutionCount *int                      // nil when the cell has not run
	Attachments    map[string]display.Bundle // file name -> MIME bundle, for images pasted into markdown

	extra map[string]json.RawMessage
}

// Output types.
const (
	StreamOutput        = "stream"
	DisplayDataOutput   = "display_data"
	ExecuteResultOutput = "execute_result"
	ErrorOutput         = "error"
)

// Output is one output of a code cell. Which fields are used depends on
// Type: Name and Text for StreamOutput; Data and Metadata for
// DisplayDataOutput, and ExecutionCount too for ExecuteResultOutput; Ename,
// Evalue and Traceback for ErrorOutput.
type Output struct {
	Type           string
	Name           string // "stdout" or "stderr"
	Text           string
	Data           display.Bundle
	Metadata       map[string]any
	ExecutionCount *int
	Ename          string
	Evalue         string
	Traceback      []string

	// DisplayID is the transient display_id that lets a later update
	// replace this output. It lives only as long as the notebook is in
	// memory: nbformat does not store it, because a display can only be
	// updated by the kernel run that created it.
	DisplayID string

	extra map[string]json.RawMessage
}

// New returns an empty nbformat 4.5 notebook whose kernelspec names the
// kernel that runs it, as Jupyter records it when a notebook is created.
func New(kernelName, displayName, language string) *Notebook {
	return &Notebook{
		Nbformat:      4,
		NbformatMinor: 5,
		Metadata: map[string]any{
			"kernelspec": map[string]any{
				"name":         kernelName,
				"display_name": displayName,
				"language":     language,
			},
			"language_info": map[string]any{"name": language},
		},
	}
}

// Add appends a cell of the given type with a fresh id and returns it. Add
// panics if cellType is not CodeCell, MarkdownCell or RawCell.
func (nb *Notebook) Add(cellType, source string) *Cell {
	switch cellType {
	case CodeCell, MarkdownCell, RawCell:
	default:
		panic(fmt.Sprintf("notebook: Add: cell type %q is not %q, %q or %q", cellType, CodeCell, MarkdownCell, RawCell))
	}
	c := &Cell{ID: nb.freshID(), Type: cellType, Source: source, Metadata: map[string]any{}}
	nb.Cells = append(nb.Cells, c)
	return c
}

// KernelName returns the name of the kernel the notebook asks for
// (metadata.kernelspec.name), or "" if it names none.
func (nb *Notebook) KernelName() string {
	spec, _ := nb.Metadata["kernelspec"].(map[string]any)
	name, _ := spec["name"].(string)
	return name
}

// ClearOutputs removes the outputs and execution counts of every code
// cell, as Jupyter's "Clear All Outputs" does.
func (nb *Notebook) ClearOutputs() {
	for _, c := range nb.Cells {
		if c.Type == CodeCell {
			c.Outputs = nil
			c.ExecutionCount = nil
		}
	}
}

// PlainText returns the output as text for a terminal: a stream's text,
// the text/plain form of rich data, or an error's name, value and
// traceback. Data without a text/plain form is shown as the list of its
// MIME types, so the reader knows something is there.
func (o *Output) PlainText() string {
	switch o.Type {
	case StreamOutput:
		return o.Text
	case DisplayDataOutput, ExecuteResultOutput:
		if s, ok := o.Data[display.MIMEText].(string); ok {
			return s
		}
		if len(o.Data) == 0 {
			return ""
		}
		mimes := make([]string, 0, len(o.Data))
		for m := range o.Data {
			mimes = append(mimes, m)
		}
		sort.Strings(mimes)
		return "<" + strings.Join(mimes, ", ") + " output>"
	case ErrorOutput:
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %s", o.Ename, o.Evalue)
		for _, line := range o.Traceback {
			b.WriteString("\n")
			b.WriteString(line)
		}
		return b.String()
	}
	return ""
}

// validID matches the cell ids nbformat 4.5 allows.
var validID = regexp.MustCompile(`^[a-zA-Z0-9-_]{1,64}$`)

// freshID returns an id no cell of nb uses. It has the shape Jupyter
// gives new cells (8 hex digits of a random UUID), so generated notebooks
// look like hand-made ones.
func (nb *Notebook) freshID() string {
	for {
		id := strings.ReplaceAll(uuid.NewString(), "-", "")[:8]
		if !nb.hasID(id) {
			return id
		}
	}
}

func (nb *Notebook) hasID(id string) bool {
	for _, c := range nb.Cells {
		if c.ID == id {
			return true
		}
	}
	return false
}
