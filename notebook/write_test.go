package notebook

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestRoundTripCanonical reads a notebook written by hand in Jupyter's
// canonical form, with every output type, unknown fields and non-ASCII
// text, and checks that writing it gives the same bytes. (Checked with
// nbformat 5.5: nbformat.writes(nbformat.read(f, 4)) + "\n" is identical.)
func TestRoundTripCanonical(t *testing.T) {
	want, err := os.ReadFile("testdata/canonical.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb, err := Read(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := nb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got := buf.Bytes(); !bytes.Equal(got, want) {
		t.Errorf("written notebook differs from testdata/canonical.ipynb:\n%s", firstDiff(got, want))
	}
}

// TestRoundTripSemantic reads a notebook in a form Jupyter does not write
// (strings for multiline text, unsorted keys, escapes, unknown fields at
// every level) and checks that the written notebook means the same.
func TestRoundTripSemantic(t *testing.T) {
	for _, name := range []string{"messy.ipynb", "canonical.ipynb"} {
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			nb, err := Read(bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := nb.Write(&out); err != nil {
				t.Fatal(err)
			}
			got, want := meaning(t, out.Bytes()), meaning(t, in)
			// nbformat drops this on write; see Cell.tree.
			for _, c := range want["cells"].([]any) {
				delete(c.(map[string]any)["metadata"].(map[string]any), "trusted")
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", " ")
				w, _ := json.MarshalIndent(want, "", " ")
				t.Errorf("written notebook means something else:\n%s", firstDiff(g, w))
			}
		})
	}
}

// meaning decodes a notebook file into plain JSON values with multiline
// text joined, so that two spellings of one notebook compare equal.
func meaning(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var nb map[string]any
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatal(err)
	}
	join := func(m map[string]any, key string) {
		if lines, ok := m[key].([]any); ok {
			var s strings.Builder
			for _, l := range lines {
				s.WriteString(l.(string))
			}
			m[key] = s.String()
		}
	}
	joinBundle := func(b map[string]any) {
		for mime := range b {
			if !isJSONMIME(mime) {
				join(b, mime)
			}
		}
	}
	for _, c := range nb["cells"].([]any) {
		cell := c.(map[string]any)
		join(cell, "source")
		for _, a := range asMap(cell["attachments"]) {
			joinBundle(a.(map[string]any))
		}
		outs, _ := cell["outputs"].([]any)
		for _, o := range outs {
			out := o.(map[string]any)
			if out["output_type"] == "stream" {
				join(out, "text")
			}
			joinBundle(asMap(out["data"]))
		}
	}
	return nb
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n\tgot  " + gl + "\n\twant " + wl
		}
	}
	return "(no line differs)"
}

func TestWriteUpgradesOldMinor(t *testing.T) {
	nb, err := ReadFile("testdata/old.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if err := nb.Write(&first); err != nil {
		t.Fatal(err)
	}
	if got := nb.NbformatMinor; got != 5 {
		t.Errorf("got nbformat_minor %d, want 5", got)
	}
	seen := map[string]bool{}
	for i, c := range nb.Cells {
		if !validID.MatchString(c.ID) || seen[c.ID] {
			t.Errorf("cell %d: got id %q, want a valid unique id", i+1, c.ID)
		}
		seen[c.ID] = true
	}
	again, err := Read(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := again.Write(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(second.Bytes(), first.Bytes()) {
		t.Errorf("writing the upgraded notebook again changed it:\n%s", firstDiff(second.Bytes(), first.Bytes()))
	}
}

func TestWriteRepairsIDs(t *testing.T) {
	nb := New("gobackprop", "Go (gobackprop)", "go")
	ids := []string{"ok-1", "", "has space", "ok-1", strings.Repeat("x", 65)}
	for _, id := range ids {
		nb.Add(CodeCell, "").ID = id
	}
	if err := nb.Write(&bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if got := nb.Cells[0].ID; got != "ok-1" {
		t.Errorf("got first id %q, want the valid id ok-1 kept", got)
	}
	seen := map[string]bool{}
	for i, c := range nb.Cells {
		if !validID.MatchString(c.ID) || seen[c.ID] {
			t.Errorf("cell %d (was %q): got id %q, want a valid unique id", i+1, ids[i], c.ID)
		}
		seen[c.ID] = true
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lecture.ipynb")
	nb := New("gobackprop", "Go (gobackprop)", "go")
	nb.Add(MarkdownCell, "# ∂L/∂w")

	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o644 {
		t.Errorf("got mode %v for a new file, want -rw-r--r--", got)
	}

	// Rewriting keeps the permissions the user gave the file.
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	nb.Add(CodeCell, "x := 1")
	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("got mode %v after rewriting, want -rw-------", fi.Mode().Perm())
	}

	var want bytes.Buffer
	if err := nb.Write(&want); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("file differs from Write's output:\n%s", firstDiff(got, want.Bytes()))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("got %d files in the directory, want 1 (no temporary file left)", len(entries))
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name string
		nb   *Notebook
		want string
	}{
		{"nbformat 3", &Notebook{Nbformat: 3}, "notebook: cannot write nbformat 3.0: this writer knows version 4"},
		{"NaN in metadata", &Notebook{Metadata: map[string]any{"loss": math.NaN()}}, "notebook: metadata: loss: unsupported value NaN: JSON has no NaN or infinity"},
		{"channel in data", &Notebook{Cells: []*Cell{{Type: CodeCell, Outputs: []Output{{Type: DisplayDataOutput, Data: map[string]any{"x": make(chan int)}}}}}},
			"notebook: cells: outputs: data: x: json: unsupported type: chan int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := tt.nb.Write(&buf)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %s", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("got %d bytes written, want none", buf.Len())
			}
		})
	}
}
