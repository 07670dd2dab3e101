package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type MultiError struct {
	Op   string
	Errs []error
}

func (m *MultiError) Error() string {
	msgs := make([]string, len(m.Errs))
	for i, e := range m.Errs {
		msgs[i] = "  - " + e.Error()
	}
	return fmt.Sprintf("%s: %d errors:\n%s", m.Op, len(m.Errs), strings.Join(msgs, "\n"))
}

func (m *MultiError) Unwrap() []error { return m.Errs }

func (m *MultiError) Add(err error) {
	if err != nil {
		m.Errs = append(m.Errs, err)
	}
}

func (m *MultiError) ErrOrNil() error {
	if m == nil || len(m.Errs) == 0 {
		return nil
	}
	return m
}

type ConfigError struct {
	Key    string
	Reason string
}

func (c ConfigError) Error() string { return fmt.Sprintf("config %q: %s", c.Key, c.Reason) }

var (
	ErrMissing  = errors.New("missing")
	ErrNegative = errors.New("negative")
)

func check(cfg map[string]int, required []string) error {
	me := &MultiError{Op: "check"}
	for _, k := range required {
		v, ok := cfg[k]
		switch {
		case !ok:
			me.Add(fmt.Errorf("key %s: %w", k, ErrMissing))
		case v < 0:
			me.Add(errors.Join(ConfigError{k, fmt.Sprint("value ", v)}, ErrNegative))
		}
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if strings.ToLower(k) != k {
			me.Add(ConfigError{k, "must be lower case"})
		}
	}
	return me.ErrOrNil()
}

func main() {
	required := []string{"port", "workers", "retries"}
	cfgs := []map[string]int{
		{"port": 80, "workers": 4, "retries": 3},
		{"port": 80, "workers": -2, "Timeout": 5},
		{"Retries": -1},
	}
	for i, c := range cfgs {
		err := check(c, required)
		fmt.Printf("cfg %d: err=%v\n", i, err != nil)
		if err == nil {
			continue
		}
		fmt.Println(err)
		var ce ConfigError
		var me *MultiError
		fmt.Println("  missing:", errors.Is(err, ErrMissing), "negative:", errors.Is(err, ErrNegative),
			"as config:", errors.As(err, &ce), ce.Key, "as multi:", errors.As(err, &me), len(me.Errs))
	}
	var nilMulti *MultiError
	fmt.Println(nilMulti.ErrOrNil() == nil)
	wrapped := fmt.Errorf("startup: %w", check(cfgs[2], required))
	fmt.Println(errors.Is(wrapped, ErrNegative), strings.Count(wrapped.Error(), "\n"))
	j := errors.Join(nil, nil)
	fmt.Println(j == nil, errors.Join(ErrMissing, nil).Error())
}
