package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gobackprop/gobackprop/display"
)

// Write writes nb in nbformat 4.5, in the canonical form Jupyter writes
// (see the package documentation). An older 4.x notebook is upgraded in
// memory first: its minor version becomes 5 and every cell without a valid,
// unique id gets a fresh one, so writing twice gives the same bytes. Write
// returns an error, and writes nothing, if nb's format is not version 4 or
// a value in it cannot be encoded as JSON.
func (nb *Notebook) Write(w io.Writer) error {
	b, err := nb.encode()
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("notebook: %w", err)
	}
	return nil
}

// WriteFile writes nb to the named file as Write does. It writes a
// temporary file in the same directory and renames it over path, so a
// crash or a full disk never leaves a half-written notebook. An existing
// file keeps its permissions.
func (nb *Notebook) WriteFile(path string) (err error) {
	b, err := nb.encode()
	if err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("notebook: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("notebook: %s: %w", path, err)
		}
	}()
	if _, err := f.Write(b); err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	// Without the sync a crash soon after the rename can leave an empty
	// file under the old name on some file systems.
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// encode returns the file's bytes.
func (nb *Notebook) encode() ([]byte, error) {
	if nb.Nbformat != 0 && nb.Nbformat != 4 {
		return nil, fmt.Errorf("notebook: cannot write nbformat %d.%d: this writer knows version 4", nb.Nbformat, nb.NbformatMinor)
	}
	nb.upgrade()
	var buf bytes.Buffer
	if err := encodeJSON(&buf, nb.tree(), 0); err != nil {
		return nil, fmt.Errorf("notebook: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// upgrade brings nb to nbformat 4.5, whose schema requires cell ids. This
// is what nbformat does when it reads an older 4.x file.
func (nb *Notebook) upgrade() {
	nb.Nbformat = 4
	nb.NbformatMinor = max(nb.NbformatMinor, 5)
	seen := make(map[string]bool, len(nb.Cells))
	for _, c := range nb.Cells {
		if !validID.MatchString(c.ID) || seen[c.ID] {
			c.ID = nb.freshID()
		}
		seen[c.ID] = true
	}
}

// tree returns nb as the JSON tree nbformat writes. Known fields override
// extras of the same name, which can only be there if a caller put them.
func (nb *Notebook) tree() map[string]any {
	m := withExtra(nb.extra)
	m["nbformat"] = nb.Nbformat
	m["nbformat_minor"] = nb.NbformatMinor
	meta := metadataTree(nb.Metadata)
	// nbformat strips these when it writes: they describe one session
	// with the file (the version it was upgraded from, its trust
	// signature), not the notebook.
	delete(meta, "orig_nbformat")
	delete(meta, "orig_nbformat_minor")
	delete(meta, "signature")
	m["metadata"] = meta
	cells := make([]any, len(nb.Cells))
	for i, c := range nb.Cells {
		cells[i] = c.tree()
	}
	m["cells"] = cells
	return m
}

func (c *Cell) tree() map[string]any {
	m := withExtra(c.extra)
	m["id"] = c.ID
	m["cell_type"] = c.Type
	meta := metadataTree(c.Metadata)
	delete(meta, "trusted") // stripped by nbformat too, see Notebook.tree
	m["metadata"] = meta
	m["source"] = splitLines(c.Source)
	if c.Type == CodeCell {
		m["execution_count"] = countTree(c.ExecutionCount)
		outputs := make([]any, len(c.Outputs))
		for i := range c.Outputs {
			outputs[i] = c.Outputs[i].tree()
		}
		m["outputs"] = outputs
	} else if c.Attachments != nil {
		attachments := make(map[string]any, len(c.Attachments))
		for name, b := range c.Attachments {
			attachments[name] = bundleTree(b)
		}
		m["attachments"] = attachments
	}
	return m
}

func (o *Output) tree() map[string]any {
	m := withExtra(o.extra)
	m["output_type"] = o.Type
	switch o.Type {
	case StreamOutput:
		m["name"] = o.Name
		m["text"] = splitLines(o.Text)
	case ExecuteResultOutput:
		m["execution_count"] = countTree(o.ExecutionCount)
		fallthrough
	case DisplayDataOutput:
		m["data"] = bundleTree(o.Data)
		m["metadata"] = metadataTree(o.Metadata)
	case ErrorOutput:
		m["ename"] = o.Ename
		m["evalue"] = o.Evalue
		traceback := make([]any, len(o.Traceback))
		for i, line := range o.Traceback {
			traceback[i] = line
		}
		m["traceback"] = traceback
	}
	return m
}

// bundleTree splits the text of a MIME bundle into lines where nbformat
// does: text/* types, JavaScript and SVG. Base64 images stay one string
// and JSON types stay JSON values.
func bundleTree(b display.Bundle) map[string]any {
	m := make(map[string]any, len(b))
	for mime, v := range b {
		s, ok := v.(string)
		if ok && (strings.HasPrefix(mime, "text/") || mime == "application/javascript" || mime == display.MIMESVG) {
			m[mime] = splitLines(s)
		} else {
			m[mime] = v
		}
	}
	return m
}

// metadataTree returns a copy of meta that can be changed without
// changing the notebook; metadata is written even when empty because the
// schema requires it.
func metadataTree(meta map[string]any) map[string]any {
	m := make(map[string]any, len(meta))
	for k, v := range meta {
		m[k] = v
	}
	return m
}

func countTree(n *int) any {
	if n == nil {
		return nil
	}
	return *n
}

func withExtra(extra map[string]json.RawMessage) map[string]any {
	m := make(map[string]any, len(extra)+6)
	for k, v := range extra {
		m[k] = v
	}
	return m
}
