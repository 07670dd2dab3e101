package notebook

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// The expected values below are what Python 3 prints for the same input,
// since nbformat writes with Python's json module.

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []any // "".splitlines(True) in Python
	}{
		{"", []any{}},
		{"a", []any{"a"}},
		{"a\n", []any{"a\n"}},
		{"a\nb", []any{"a\n", "b"}},
		{"a\n\nb\n", []any{"a\n", "\n", "b\n"}},
		{"a\r\nb\rc", []any{"a\r\n", "b\r", "c"}},
		{"a\vb\fc\x1cd\x1de\x1ef", []any{"a\v", "b\f", "c\x1c", "d\x1d", "e\x1e", "f"}},
		{"a\u0085b\u2028c\u2029d", []any{"a\u0085", "b\u2028", "c\u2029", "d"}},
		{"∂L/∂w\n", []any{"∂L/∂w\n"}},
		{"\r", []any{"\r"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := splitLines(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEncodeString(t *testing.T) {
	tests := []struct {
		in, want string // json.dumps(in, ensure_ascii=False)
	}{
		{`plain`, `"plain"`},
		{`"quoted" \ back`, `"\"quoted\" \\ back"`},
		{"\n\r\t\b\f", `"\n\r\t\b\f"`},
		{"\x00\x1b\x1f\x7f", `"\u0000\u001b\u001f` + "\x7f\""},
		{"<b>&</b> /", `"<b>&</b> /"`},
		{"café ∂ \u2028 😀", "\"café ∂ \u2028 😀\""},
		{"bad \xff byte", "\"bad \ufffd byte\""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var buf bytes.Buffer
			encodeString(&buf, tt.in)
			if got := buf.String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNumbers(t *testing.T) {
	// A number read from a file is written as Python writes it back.
	literals := []struct {
		in, want string
	}{
		{"0", "0"},
		{"-7", "-7"},
		{"12345678901234567890", "12345678901234567890"},
		{"1.50", "1.5"},
		{"2.0", "2.0"},
		{"1E5", "100000.0"},
		{"1e-5", "1e-05"},
		{"0.0001", "0.0001"},
		{"0.00001234", "1.234e-05"},
		{"1e16", "1e+16"},
		{"123456789012345.6", "123456789012345.6"},
		{"0.1", "0.1"},
		{"-2.5e-300", "-2.5e-300"},
	}
	for _, tt := range literals {
		t.Run("literal "+tt.in, func(t *testing.T) {
			if got := pythonNumber(json.Number(tt.in)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}

	// A float64 made by Go code is written as Jupyter stores it after the
	// kernel sent it with encoding/json.
	tenth := 0.1 // a variable, so that 0.1 + 0.2 is not folded exactly
	floats := []struct {
		in   float64
		want string
	}{
		{3, "3"},
		{-0.5, "-0.5"},
		{1e6, "1000000"},
		{1e21, "1e+21"},
		{1e-7, "1e-07"},
		{tenth + 0.2, "0.30000000000000004"},
	}
	for _, tt := range floats {
		t.Run("float "+tt.want, func(t *testing.T) {
			got, err := goFloat(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("got %s, %v, want %s", got, err, tt.want)
			}
		})
	}
}

func TestEncodeJSON(t *testing.T) {
	type point struct {
		X float64 `json:"x"`
		Y float64 `json:"y"`
	}
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"empty containers", map[string]any{"a": []any{}, "b": map[string]any{}}, "{\n \"a\": [],\n \"b\": {}\n}"},
		{"sorted keys", map[string]any{"é": 1, "b": 2, "Z": 3}, "{\n \"Z\": 3,\n \"b\": 2,\n \"é\": 1\n}"},
		{"nested", []any{[]any{true, nil}}, "[\n [\n  true,\n  null\n ]\n]"},
		{"Go struct", point{0.5, 2}, "{\n \"x\": 0.5,\n \"y\": 2\n}"},
		{"raw JSON", json.RawMessage(`{"k": [1.0, "v"]}`), "{\n \"k\": [\n  1.0,\n  \"v\"\n ]\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := encodeJSON(&buf, tt.in, 0); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
