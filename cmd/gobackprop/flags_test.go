package main

import (
	"flag"
	"io"
	"reflect"
	"testing"
)

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantPos []string
		wantO   string
		wantQ   bool
	}{
		{"flags first", []string{"-o", "out.ipynb", "a.ipynb"}, []string{"a.ipynb"}, "out.ipynb", false},
		{"flags after", []string{"a.ipynb", "-o", "out.ipynb", "-q"}, []string{"a.ipynb"}, "out.ipynb", true},
		{"flags between", []string{"a.ipynb", "--o=x", "b.ipynb"}, []string{"a.ipynb", "b.ipynb"}, "x", false},
		{"a value that looks positional", []string{"-o", "b.ipynb", "a.ipynb"}, []string{"a.ipynb"}, "b.ipynb", false},
		{"a boolean takes no value", []string{"-q", "a.ipynb"}, []string{"a.ipynb"}, "", true},
		{"dash is positional", []string{"-", "-q"}, []string{"-"}, "", true},
		{"after -- all positional", []string{"a.ipynb", "--", "-q", "-o"}, []string{"a.ipynb", "-q", "-o"}, "", false},
		{"none", nil, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("run", flag.ContinueOnError)
			o := fs.String("o", "", "")
			q := fs.Bool("q", false, "")
			pos, err := parseInterleaved(fs, tt.args)
			if err != nil || !reflect.DeepEqual(pos, tt.wantPos) || *o != tt.wantO || *q != tt.wantQ {
				t.Errorf("got %q, -o %q, -q %v, %v; want %q, -o %q, -q %v", pos, *o, *q, err, tt.wantPos, tt.wantO, tt.wantQ)
			}
		})
	}
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := parseInterleaved(fs, []string{"a.ipynb", "--nope"}); err == nil {
		t.Error("got no error for an unknown flag after an argument, want one")
	}
}
