package notebook

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadSource(t *testing.T) {
	tests := []struct {
		name   string
		source string // JSON
		want   string
	}{
		{"string", `"a := 1\nb := 2"`, "a := 1\nb := 2"},
		{"list", `["a := 1\n", "b := 2"]`, "a := 1\nb := 2"},
		{"list with trailing newline", `["a := 1\n", "b := 2\n"]`, "a := 1\nb := 2\n"},
		{"empty list", `[]`, ""},
		{"empty string", `""`, ""},
		{"absent", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			field := ""
			if tt.source != "" {
				field = `, "source": ` + tt.source
			}
			doc := `{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
				"cells": [{"cell_type": "code", "id": "c", "metadata": {}, "outputs": []` + field + `}]}`
			nb, err := Read(strings.NewReader(doc))
			if err != nil {
				t.Fatal(err)
			}
			if got := nb.Cells[0].Source; got != tt.want {
				t.Errorf("got source %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadMultilineOutputs(t *testing.T) {
	nb, err := ReadFile("testdata/messy.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	md, code := nb.Cells[0], nb.Cells[1]
	checks := []struct {
		name      string
		got, want any
	}{
		{"stream text as string", code.Outputs[0].Text, "one\ntwo\n"},
		{"text/plain as string", code.Outputs[1].Data["text/plain"], "1"},
		{"attachment text as list", md.Attachments["a.png"]["text/plain"], "two\nlines"},
		{"attachment image", md.Attachments["a.png"]["image/png"], "iVBORw0KGgo="},
		{"execution count", *code.ExecutionCount, 12},
		{"result execution count", *code.Outputs[1].ExecutionCount, 12},
		{"unknown output type", code.Outputs[2].Type, "x_future_output"},
		{"kernel name", nb.KernelName(), "gobackprop"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %#v, want %#v", c.got, c.want)
			}
		})
	}
	// A JSON MIME type holds a JSON value even when it is a list of
	// strings, which for a text type would be lines to join.
	if got, ok := code.Outputs[1].Data["application/json"].([]any); !ok || len(got) != 2 {
		t.Errorf("got application/json %#v, want the list [not joined]", code.Outputs[1].Data["application/json"])
	}
}

func TestReadMalformed(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		sentinel error
		want     string // the message after "notebook: "
	}{
		{"empty", "", ErrNotNotebook, "not a Jupyter notebook: the file is empty"},
		{"spaces", " \n", ErrNotNotebook, "not a Jupyter notebook: the file is empty"},
		{"Go source", "package main\n", ErrNotNotebook, "not a Jupyter notebook: invalid JSON at line 1, column 1: invalid character 'p' looking for beginning of value"},
		{"syntax error on line 3", "{\n \"nbformat\": 4,\n \"cells\": [,]\n}", ErrNotNotebook, "not a Jupyter notebook: invalid JSON at line 3, column 12: invalid character ',' looking for beginning of value"},
		{"truncated", `{"nbformat": 4, "cells": [`, ErrNotNotebook, "not a Jupyter notebook: invalid JSON at line 1, column 27: unexpected end of JSON input"},
		{"array", `[1, 2]`, ErrNotNotebook, "not a Jupyter notebook: the file holds a JSON array, not an object"},
		{"null", `null`, ErrNotNotebook, "not a Jupyter notebook: the file holds a JSON null, not an object"},
		{"other JSON object", `{"name": "package.json"}`, ErrNotNotebook, "not a Jupyter notebook: it has no nbformat field"},
		{"nbformat not a number", `{"nbformat": "4", "cells": []}`, ErrNotNotebook, "not a Jupyter notebook: nbformat: want an integer, got string"},
		{"nbformat 3", `{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}`, ErrVersion, "unsupported nbformat version: 3.0 is older than 4: upgrade the file with jupyter nbconvert --to notebook --inplace, or open and save it in Jupyter"},
		{"nbformat 5", `{"nbformat": 5, "nbformat_minor": 0, "cells": []}`, ErrVersion, "unsupported nbformat version: 5.0 is newer than this reader, which knows version 4"},
		{"no cells", `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}`, ErrNotNotebook, "not a Jupyter notebook: it has no cells list"},
		{"cells not a list", `{"nbformat": 4, "cells": {}}`, ErrNotNotebook, "not a Jupyter notebook: cells: want a list, got object"},
		{"metadata not an object", `{"nbformat": 4, "metadata": [], "cells": []}`, ErrNotNotebook, "not a Jupyter notebook: metadata: want an object, got array"},
		{"cell not an object", `{"nbformat": 4, "cells": ["x := 1"]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: want an object, got string"},
		{"cell without type", `{"nbformat": 4, "cells": [{"source": ""}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: it has no cell_type"},
		{"unknown cell type", `{"nbformat": 4, "cells": [{"cell_type": "markdown"}, {"cell_type": "heading"}]}`, ErrNotNotebook, `not a Jupyter notebook: cell 2: cell_type "heading" is not "code", "markdown" or "raw"`},
		{"source a number", `{"nbformat": 4, "cells": [{"cell_type": "code", "source": 1}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: source: want a string or a list of strings, got number"},
		{"execution count a string", `{"nbformat": 4, "cells": [{"cell_type": "code", "execution_count": "1"}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: execution_count: want an integer or null, got string"},
		{"output without type", `{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": [{"text": "x"}]}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: output 1: it has no output_type"},
		{"stream text a number", `{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": [{"output_type": "stream", "name": "stdout", "text": 3}]}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: output 1: text: want a string or a list of strings, got number"},
		{"data not an object", `{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": [{"output_type": "display_data", "data": "x"}]}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: output 1: data: want an object of MIME types, got string"},
		{"traceback a string", `{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": [{"output_type": "error", "traceback": "x"}]}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: output 1: traceback: want a list of strings, got string"},
		{"attachments a list", `{"nbformat": 4, "cells": [{"cell_type": "markdown", "attachments": []}]}`, ErrNotNotebook, "not a Jupyter notebook: cell 1: attachments: want an object of MIME bundles, got array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb, err := Read(strings.NewReader(tt.input))
			if err == nil {
				t.Fatalf("got notebook %+v, want an error", nb)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("got error %v, want one wrapping %v", err, tt.sentinel)
			}
			if got, want := err.Error(), "notebook: "+tt.want; got != want {
				t.Errorf("got error\n\t%s\nwant\n\t%s", got, want)
			}
		})
	}
}

func TestReadFileNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.ipynb")
	if err := os.WriteFile(path, []byte("print('hi')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	want := "notebook: " + path + ": not a Jupyter notebook: invalid JSON at line 1, column 1: invalid character 'p' looking for beginning of value"
	if err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}

	missing := filepath.Join(t.TempDir(), "missing.ipynb")
	if _, err := ReadFile(missing); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("got error %v, want a not-exist error naming %s", err, missing)
	}
}

func TestReadMinimal(t *testing.T) {
	nb, err := Read(strings.NewReader(`{"nbformat": 4, "nbformat_minor": 0, "metadata": {}, "cells": []}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Cells) != 0 || nb.NbformatMinor != 0 || nb.KernelName() != "" {
		t.Errorf("got %d cells, minor %d, kernel %q, want an empty 4.0 notebook", len(nb.Cells), nb.NbformatMinor, nb.KernelName())
	}
}
