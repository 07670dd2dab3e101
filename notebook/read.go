package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/gobackprop/gobackprop/display"
)

// ErrNotNotebook is returned, wrapped with the reason, when a file cannot
// be read as a Jupyter notebook.
var ErrNotNotebook = errors.New("not a Jupyter notebook")

// ErrVersion is returned, wrapped with the version found, for a notebook
// in a format version other than 4.
var ErrVersion = errors.New("unsupported nbformat version")

// Read reads a notebook in nbformat 4 (any minor version). It returns an
// error wrapping ErrNotNotebook if the input is not a notebook, and one
// wrapping ErrVersion if it is an nbformat 1-3 notebook.
func Read(r io.Reader) (*Notebook, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("notebook: %w", err)
	}
	nb, err := decodeNotebook(b)
	if err != nil {
		return nil, fmt.Errorf("notebook: %w", err)
	}
	return nb, nil
}

// ReadFile reads the notebook stored in the named file, as Read does. Its
// errors name the file.
func ReadFile(path string) (*Notebook, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("notebook: %w", err)
	}
	nb, err := decodeNotebook(b)
	if err != nil {
		return nil, fmt.Errorf("notebook: %s: %w", path, err)
	}
	return nb, nil
}

// Fields each level of the format defines. Everything else is kept in the
// level's extra map and written back as it was.
var (
	notebookFields = []string{"nbformat", "nbformat_minor", "metadata", "cells"}
	cellFields     = map[string][]string{
		CodeCell:     {"id", "cell_type", "metadata", "source", "outputs", "execution_count"},
		MarkdownCell: {"id", "cell_type", "metadata", "source", "attachments"},
		RawCell:      {"id", "cell_type", "metadata", "source", "attachments"},
	}
	outputFields = map[string][]string{
		StreamOutput:        {"output_type", "name", "text"},
		DisplayDataOutput:   {"output_type", "data", "metadata"},
		ExecuteResultOutput: {"output_type", "data", "metadata", "execution_count"},
		ErrorOutput:         {"output_type", "ename", "evalue", "traceback"},
	}
)

func decodeNotebook(b []byte) (*Notebook, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%w: the file is empty", ErrNotNotebook)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil || fields == nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("%w: %s", ErrNotNotebook, jsonSyntax(b, syn))
		}
		return nil, fmt.Errorf("%w: the file holds a JSON %s, not an object", ErrNotNotebook, kindOfRaw(b))
	}
	o := &object{fields: fields}
	if _, ok := o.fields["nbformat"]; !ok {
		return nil, fmt.Errorf("%w: it has no nbformat field", ErrNotNotebook)
	}
	nb := &Notebook{Nbformat: o.int("nbformat"), NbformatMinor: o.int("nbformat_minor")}
	if o.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotNotebook, o.err)
	}
	if nb.Nbformat < 4 {
		return nil, fmt.Errorf("%w: %d.%d is older than 4: upgrade the file with jupyter nbconvert --to notebook --inplace, or open and save it in Jupyter",
			ErrVersion, nb.Nbformat, nb.NbformatMinor)
	}
	if nb.Nbformat > 4 {
		return nil, fmt.Errorf("%w: %d.%d is newer than this reader, which knows version 4", ErrVersion, nb.Nbformat, nb.NbformatMinor)
	}
	nb.Metadata = o.metadata("metadata")
	raws := o.list("cells")
	if o.err == nil && raws == nil {
		o.err = errors.New("it has no cells list")
	}
	for i, raw := range raws {
		if o.err != nil {
			break
		}
		var c *Cell
		c, o.err = decodeCell(raw, fmt.Sprintf("cell %d", i+1))
		nb.Cells = append(nb.Cells, c)
	}
	nb.extra = o.rest(notebookFields)
	if o.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotNotebook, o.err)
	}
	return nb, nil
}

func decodeCell(raw json.RawMessage, where string) (*Cell, error) {
	o, err := newObject(raw, where)
	if err != nil {
		return nil, err
	}
	c := &Cell{Type: o.string("cell_type")}
	known, ok := cellFields[c.Type]
	switch {
	case o.err != nil:
		return nil, o.err
	case c.Type == "":
		return nil, fmt.Errorf("%s: it has no cell_type", where)
	case !ok:
		return nil, fmt.Errorf("%s: cell_type %q is not %q, %q or %q", where, c.Type, CodeCell, MarkdownCell, RawCell)
	}
	c.ID = o.string("id")
	c.Metadata = o.metadata("metadata")
	c.Source = o.multiline("source")
	if c.Type == CodeCell {
		c.ExecutionCount = o.count("execution_count")
		for i, raw := range o.list("outputs") {
			if o.err != nil {
				break
			}
			var out Output
			out, o.err = decodeOutput(raw, fmt.Sprintf("%s: output %d", where, i+1))
			c.Outputs = append(c.Outputs, out)
		}
	} else if raw := o.get("attachments"); raw != nil {
		var bundles map[string]json.RawMessage
		if json.Unmarshal(raw, &bundles) != nil {
			o.fail("attachments", "an object of MIME bundles", raw)
		}
		c.Attachments = make(map[string]display.Bundle, len(bundles))
		for name, b := range bundles {
			c.Attachments[name] = o.bundle(b, "attachments: "+name)
		}
	}
	c.extra = o.rest(known)
	return c, o.err
}

func decodeOutput(raw json.RawMessage, where string) (Output, error) {
	o, err := newObject(raw, where)
	if err != nil {
		return Output{}, err
	}
	out := Output{Type: o.string("output_type")}
	if o.err == nil && out.Type == "" {
		return Output{}, fmt.Errorf("%s: it has no output_type", where)
	}
	switch out.Type {
	case StreamOutput:
		out.Name = o.string("name")
		out.Text = o.multiline("text")
	case ExecuteResultOutput:
		out.ExecutionCount = o.count("execution_count")
		fallthrough
	case DisplayDataOutput:
		if raw, ok := o.fields["data"]; ok {
			out.Data = o.bundle(raw, "data")
		}
		out.Metadata = o.metadata("metadata")
	case ErrorOutput:
		out.Ename = o.string("ename")
		out.Evalue = o.string("evalue")
		out.Traceback = o.lines("traceback")
	}
	known, ok := outputFields[out.Type]
	if !ok {
		// An output type from a later format version keeps all its
		// fields as extras.
		known = []string{"output_type"}
	}
	out.extra = o.rest(known)
	return out, o.err
}

// object decodes the fields of one JSON object. The first error sticks and
// later calls do nothing, so a decoder reads as a list of fields with one
// error check at the end.
type object struct {
	fields map[string]json.RawMessage
	where  string
	err    error
}

func newObject(raw json.RawMessage, where string) (*object, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return nil, fmt.Errorf("%s: want an object, got %s", where, kindOfRaw(raw))
	}
	return &object{fields: fields, where: where}, nil
}

func (o *object) fail(key, want string, raw json.RawMessage) {
	if o.err == nil {
		prefix := key
		if o.where != "" {
			prefix = o.where + ": " + key
		}
		o.err = fmt.Errorf("%s: want %s, got %s", prefix, want, kindOfRaw(raw))
	}
}

// get returns the raw value of key, or nil if it is absent or an earlier
// field failed.
func (o *object) get(key string) json.RawMessage {
	if o.err != nil {
		return nil
	}
	return o.fields[key]
}

func (o *object) string(key string) string {
	raw := o.get(key)
	var s string
	if raw != nil && json.Unmarshal(raw, &s) != nil {
		o.fail(key, "a string", raw)
	}
	return s
}

func (o *object) int(key string) int {
	raw := o.get(key)
	var n int
	if raw != nil && json.Unmarshal(raw, &n) != nil {
		o.fail(key, "an integer", raw)
	}
	return n
}

// count decodes an execution count, which is null for a cell not run.
func (o *object) count(key string) *int {
	raw := o.get(key)
	var n *int
	if raw != nil && json.Unmarshal(raw, &n) != nil {
		o.fail(key, "an integer or null", raw)
	}
	return n
}

func (o *object) lines(key string) []string {
	raw := o.get(key)
	var lines []string
	if raw != nil && json.Unmarshal(raw, &lines) != nil {
		o.fail(key, "a list of strings", raw)
	}
	return lines
}

func (o *object) list(key string) []json.RawMessage {
	raw := o.get(key)
	var list []json.RawMessage
	if raw != nil && json.Unmarshal(raw, &list) != nil {
		o.fail(key, "a list", raw)
	}
	return list
}

// multiline decodes text that nbformat allows as one string or as a list
// of lines to be joined.
func (o *object) multiline(key string) string {
	raw := o.get(key)
	if raw == nil {
		return ""
	}
	s, ok := joinLines(raw)
	if !ok {
		o.fail(key, "a string or a list of strings", raw)
	}
	return s
}

func joinLines(raw json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var lines []string
	if json.Unmarshal(raw, &lines) == nil {
		return strings.Join(lines, ""), true
	}
	return "", false
}

func (o *object) metadata(key string) map[string]any {
	raw := o.get(key)
	if raw == nil {
		return nil
	}
	tree, err := decodeTree(raw)
	m, ok := tree.(map[string]any)
	if err != nil || !ok {
		o.fail(key, "an object", raw)
	}
	return m
}

// bundle decodes a MIME bundle. JSON types hold a JSON value; any other
// type holds text or base64 data, possibly split into lines.
func (o *object) bundle(raw json.RawMessage, key string) display.Bundle {
	if o.err != nil {
		return nil
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(raw, &fields) != nil {
		o.fail(key, "an object of MIME types", raw)
		return nil
	}
	b := make(display.Bundle, len(fields))
	for mime, v := range fields {
		if s, ok := joinLines(v); ok && !isJSONMIME(mime) {
			b[mime] = s
			continue
		}
		// Valid JSON, since it came out of a valid document.
		b[mime], _ = decodeTree(v)
	}
	return b
}

// rest returns the fields not in known, for Write to put back.
func (o *object) rest(known []string) map[string]json.RawMessage {
	var extra map[string]json.RawMessage
	for k, v := range o.fields {
		if !slices.Contains(known, k) {
			if extra == nil {
				extra = map[string]json.RawMessage{}
			}
			extra[k] = v
		}
	}
	return extra
}

// isJSONMIME reports whether data of this MIME type is a JSON value rather
// than text, by nbformat's rule.
func isJSONMIME(mime string) bool {
	return mime == display.MIMEJSON || strings.HasPrefix(mime, "application/") && strings.HasSuffix(mime, "+json")
}

// kindOfRaw names the JSON type of a valid JSON value, for messages that
// say what was found instead of what was expected.
func kindOfRaw(raw json.RawMessage) string {
	var v any
	_ = json.Unmarshal(raw, &v)
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

// jsonSyntax turns a decoding error into a message with a line and column,
// which is what a person fixing the file by hand needs.
func jsonSyntax(b []byte, syn *json.SyntaxError) string {
	pos := syn.Offset
	if pos > 0 && !strings.HasPrefix(syn.Error(), "unexpected end") {
		pos-- // Offset counts the offending byte
	}
	before := b[:pos]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return "invalid JSON at line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ": " + syn.Error()
}
