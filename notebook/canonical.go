package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gobackprop/gobackprop/display"
)

// This file reproduces the JSON that nbformat writes, which is Python's
//
//	json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False, separators=(",", ": "))
//
// applied after splitting multiline text into lines. encoding/json cannot
// be configured into it: it escapes U+2028 and U+2029, and formats floats
// differently, and either would make a notebook that Jupyter saved change
// when gobackprop saves it again.

// encodeJSON appends v to buf at the given nesting depth. v may be any
// value encoding/json accepts; the JSON tree types (map[string]any, []any,
// string, json.Number, bool, nil) are written directly and anything else
// is converted to a tree first.
func encodeJSON(buf *bytes.Buffer, v any, depth int) error {
	switch v := v.(type) {
	case nil:
		buf.WriteString("null")
	case bool:
		buf.WriteString(strconv.FormatBool(v))
	case string:
		encodeString(buf, v)
	case json.Number:
		buf.WriteString(pythonNumber(v))
	case float64:
		s, err := goFloat(v)
		if err != nil {
			return err
		}
		buf.WriteString(s)
	case int:
		buf.WriteString(strconv.Itoa(v))
	case []any:
		if len(v) == 0 {
			buf.WriteString("[]")
			return nil
		}
		buf.WriteString("[")
		for i, e := range v {
			if i > 0 {
				buf.WriteString(",")
			}
			newline(buf, depth+1)
			if err := encodeJSON(buf, e, depth+1); err != nil {
				return err
			}
		}
		newline(buf, depth)
		buf.WriteString("]")
	case map[string]any:
		if len(v) == 0 {
			buf.WriteString("{}")
			return nil
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		// Byte order of UTF-8 is code point order, which is how Python
		// sorts str keys.
		sort.Strings(keys)
		buf.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				buf.WriteString(",")
			}
			newline(buf, depth+1)
			encodeString(buf, k)
			buf.WriteString(": ")
			if err := encodeJSON(buf, v[k], depth+1); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
		}
		newline(buf, depth)
		buf.WriteString("}")
	default:
		t, err := jsonTree(v)
		if err != nil {
			return err
		}
		return encodeJSON(buf, t, depth)
	}
	return nil
}

func newline(buf *bytes.Buffer, depth int) {
	buf.WriteByte('\n')
	for range depth {
		buf.WriteByte(' ')
	}
}

// jsonTree converts a Go value into the JSON tree types encodeJSON writes
// directly, by way of encoding/json, which is also how the kernel sends
// such a value to Jupyter.
func jsonTree(v any) (any, error) {
	switch v := v.(type) {
	case json.RawMessage:
		return decodeTree(v)
	case display.Bundle:
		return map[string]any(v), nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return decodeTree(b)
}

// decodeTree decodes JSON keeping numbers as json.Number, so that an
// integer keeps all its digits, as Python's unbounded ints do.
func decodeTree(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// goFloat formats a float that this kernel produced as Jupyter stores it
// after receiving it. The kernel sends floats with encoding/json, which
// writes a whole number below 1e21 without a decimal point, so Python reads
// it back as an int; any other float Python reads as a float.
func goFloat(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", fmt.Errorf("unsupported value %v: JSON has no NaN or infinity", f)
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64), nil
	}
	return pythonRepr(f), nil
}

// pythonNumber formats a JSON number literal as Python's json module writes
// it back after reading it: integers keep their digits, and other numbers
// become floats written with repr, so 1.50 becomes 1.5 and 1E5 100000.0.
func pythonNumber(n json.Number) string {
	s := string(n)
	if !strings.ContainsAny(s, ".eE") {
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// Out of float64 range; Python would write Infinity, which is
		// not JSON, so keep what the file said.
		return s
	}
	return pythonRepr(f)
}

// pythonRepr formats f as Python's repr(float) does: the shortest digits
// that read back as f, with an exponent below 1e-4 and from 1e16 on, and
// ".0" after a whole number.
func pythonRepr(f float64) string {
	e := strconv.FormatFloat(f, 'e', -1, 64) // shortest digits, e.g. 1.5e-05
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		// Go and Python agree on this form: no ".0" and at least two
		// exponent digits.
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// encodeString writes s quoted the way Python's json module does with
// ensure_ascii=False: only the quote, the backslash and control characters
// are escaped.
func encodeString(buf *bytes.Buffer, s string) {
	buf.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			buf.WriteString(`\"`)
		case '\\':
			buf.WriteString(`\\`)
		case '\n':
			buf.WriteString(`\n`)
		case '\r':
			buf.WriteString(`\r`)
		case '\t':
			buf.WriteString(`\t`)
		case '\b':
			buf.WriteString(`\b`)
		case '\f':
			buf.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(buf, `\u%04x`, r)
			} else {
				// Invalid UTF-8 arrives here as utf8.RuneError and is
				// written as U+FFFD, as encoding/json does.
				buf.WriteRune(r)
			}
		}
	}
	buf.WriteByte('"')
}

// splitLines splits s after each line break, keeping the breaks, as
// Python's str.splitlines(True) does; nbformat uses it to store multiline
// text as a list. Python's line breaks include \r, \v, \f, \x1c-\x1e,
// U+0085, U+2028 and U+2029 besides \n, and a notebook only stays byte for
// byte the same if this split matches Python's.
func splitLines(s string) []any {
	lines := []any{}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := i + size
		switch r {
		case '\r':
			if next < len(s) && s[next] == '\n' {
				next++
			}
		case '\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\u0085', '\u2028', '\u2029':
		default:
			i = next
			continue
		}
		lines = append(lines, s[start:next])
		start, i = next, next
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}
