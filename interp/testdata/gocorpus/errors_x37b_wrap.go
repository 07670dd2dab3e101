// Error values, wrapping and inspection for a small config loader.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

var ErrMissing = errors.New("missing key")

type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

type RangeError struct {
	Key      string
	Val, Max int
}

func (e RangeError) Error() string {
	return fmt.Sprintf("%s=%d out of range [0,%d]", e.Key, e.Val, e.Max)
}

func parse(text string) (map[string]string, error) {
	m := make(map[string]string)
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, &SyntaxError{i + 1, fmt.Sprintf("no '=' in %q", line)}
		}
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m, nil
}

func intValue(m map[string]string, key string, max int) (int, error) {
	s, ok := m[key]
	if !ok {
		return 0, fmt.Errorf("%s: %w", key, ErrMissing)
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("key %s: %w", key, err)
	}
	if n < 0 || n > max {
		return 0, RangeError{key, n, max}
	}
	return n, nil
}

func load(name, text string) (workers, port int, err error) {
	defer func() {
		if err != nil {
			err = &fs.PathError{Op: "load", Path: name, Err: err}
		}
	}()
	m, err := parse(text)
	if err != nil {
		return 0, 0, err
	}
	workers, err1 := intValue(m, "workers", 64)
	port, err2 := intValue(m, "port", 65535)
	if err := errors.Join(err1, err2); err != nil {
		return 0, 0, err
	}
	return workers, port, nil
}

func describe(err error) string {
	var se *SyntaxError
	var re RangeError
	var ne *strconv.NumError
	var parts []string
	if errors.As(err, &se) {
		parts = append(parts, fmt.Sprintf("syntax@%d", se.Line))
	}
	if errors.As(err, &re) {
		parts = append(parts, "range:"+re.Key)
	}
	if errors.As(err, &ne) {
		parts = append(parts, fmt.Sprintf("num(%s,%q)", ne.Func, ne.Num))
	}
	if errors.Is(err, ErrMissing) {
		parts = append(parts, "missing")
	}
	if errors.Is(err, strconv.ErrSyntax) {
		parts = append(parts, "ErrSyntax")
	}
	return strings.Join(parts, ",")
}

func main() {
	inputs := []struct{ name, text string }{
		{"good.conf", "# settings\nworkers = 8\nport = 8080\n"},
		{"bad.conf", "workers = 8\nport 8080\n"},
		{"missing.conf", "workers = 4\n"},
		{"range.conf", "workers = 100\nport = 80\n"},
		{"num.conf", "workers = eight\nport = 99999\n"},
	}
	for _, in := range inputs {
		w, p, err := load(in.name, in.text)
		if err != nil {
			fmt.Printf("error: %v\n  kinds: [%s]\n", err, describe(err))
			var pe *fs.PathError
			if errors.As(err, &pe) {
				fmt.Printf("  op=%s path=%s inner=%T\n", pe.Op, pe.Path, pe.Err)
			}
			continue
		}
		fmt.Printf("%s: workers=%d port=%d\n", in.name, w, p)
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrMissing))
	fmt.Println(wrapped, errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)) == ErrMissing)
}
