package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

var (
	ErrMissing = errors.New("missing required key")
	ErrRange   = errors.New("value out of range")
)

type FieldError struct {
	Key  string
	Line int
	Err  error
}

func (e *FieldError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s (line %d): %v", e.Key, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Key, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

type Config struct {
	Name    string
	Workers int
	Timeout time.Duration
	Debug   bool
	Ratio   float64
}

type entry struct {
	val  string
	line int
}

func parse(src string) (map[string]entry, error) {
	m := map[string]entry{}
	for i, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, &FieldError{Key: line, Line: i + 1, Err: errors.New("no colon")}
		}
		m[strings.TrimSpace(k)] = entry{strings.TrimSpace(v), i + 1}
	}
	return m, nil
}

func Load(src string) (*Config, error) {
	m, err := parse(src)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	c := &Config{Workers: 4, Timeout: 30 * time.Second, Ratio: 0.5}
	var errs []error
	field := func(key string, required bool, set func(string) error) {
		e, ok := m[key]
		if !ok {
			if required {
				errs = append(errs, &FieldError{Key: key, Err: ErrMissing})
			}
			return
		}
		if err := set(e.val); err != nil {
			errs = append(errs, &FieldError{key, e.line, err})
		}
	}
	field("name", true, func(s string) error { c.Name = s; return nil })
	field("workers", false, func(s string) (err error) {
		c.Workers, err = strconv.Atoi(s)
		if err == nil && (c.Workers < 1 || c.Workers > 64) {
			err = fmt.Errorf("%d: %w", c.Workers, ErrRange)
		}
		return
	})
	field("timeout", false, func(s string) (err error) {
		c.Timeout, err = time.ParseDuration(s)
		return
	})
	field("debug", false, func(s string) (err error) {
		c.Debug, err = strconv.ParseBool(s)
		return
	})
	field("ratio", false, func(s string) (err error) {
		c.Ratio, err = strconv.ParseFloat(s, 64)
		return
	})
	return c, errors.Join(errs...)
}

func main() {
	inputs := []string{
		"name: api\nworkers: 8\ntimeout: 1m30s\ndebug: true",
		"# nothing\nworkers: 100\nratio: abc",
		"name: x\ntimeout: soon\ndebug: maybe",
		"name x",
	}
	for i, in := range inputs {
		fmt.Printf("--- config %d\n", i+1)
		c, err := Load(in)
		if err != nil {
			fmt.Println(err)
			fmt.Println("missing?", errors.Is(err, ErrMissing), "range?", errors.Is(err, ErrRange))
			var fe *FieldError
			if errors.As(err, &fe) {
				fmt.Printf("first field error: key=%q line=%d inner=%T\n", fe.Key, fe.Line, fe.Err)
			}
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("num error: func=%s num=%q\n", ne.Func, ne.Num)
			}
		}
		if c != nil {
			fmt.Printf("%+v\n", *c)
		}
	}
}
