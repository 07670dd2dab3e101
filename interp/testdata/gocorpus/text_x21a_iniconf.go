package main

import (
	"bufio"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Server struct {
		Host    string        `ini:"host"`
		Port    int           `ini:"port"`
		Timeout time.Duration `ini:"timeout"`
	} `ini:"server"`
	DB struct {
		URL      string  `ini:"url"`
		PoolSize int     `ini:"pool_size"`
		Ratio    float64 `ini:"ratio"`
		Debug    bool    `ini:"debug"`
	} `ini:"database"`
}

type LineError struct {
	N   int
	Err error
}

func (e *LineError) Error() string { return "line " + strconv.Itoa(e.N) + ": " + e.Err.Error() }
func (e *LineError) Unwrap() error { return e.Err }

var ErrUnknownKey = errors.New("unknown key")

func setField(v reflect.Value, s string) error {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int64:
		if v.Type() == reflect.TypeFor[time.Duration]() {
			d, err := time.ParseDuration(s)
			if err != nil {
				return err
			}
			v.SetInt(int64(d))
			return nil
		}
		fallthrough
	case reflect.Int:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return err
		}
		v.SetInt(n)
	case reflect.Float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		v.SetFloat(f)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		v.SetBool(b)
	}
	return nil
}

func find(v reflect.Value, tag string) (reflect.Value, bool) {
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).Tag.Get("ini") == tag {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

func Load(src string, cfg *Config) []error {
	var errs []error
	root := reflect.ValueOf(cfg).Elem()
	var section reflect.Value
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, ";#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
		case line[0] == '[' && line[len(line)-1] == ']':
			s, ok := find(root, line[1:len(line)-1])
			if !ok {
				errs = append(errs, &LineError{n, fmt.Errorf("section %s: %w", line, ErrUnknownKey)})
			}
			section = s
		default:
			k, val, ok := strings.Cut(line, "=")
			if !ok || !section.IsValid() {
				errs = append(errs, &LineError{n, errors.New("syntax")})
				continue
			}
			f, ok := find(section, strings.TrimSpace(k))
			if !ok {
				errs = append(errs, &LineError{n, fmt.Errorf("%q: %w", strings.TrimSpace(k), ErrUnknownKey)})
				continue
			}
			if err := setField(f, strings.Trim(strings.TrimSpace(val), `"`)); err != nil {
				errs = append(errs, &LineError{n, err})
			}
		}
	}
	return errs
}

func main() {
	src := "; sample\n[server]\nhost = \"example.org\"\nport=8080\ntimeout = 1m30s # comment\ncolor = blue\n\n[database]\nurl=postgres://x\npool_size = ten\nratio=0.75\ndebug = true\n[cache]\nsize=1\n"
	var cfg Config
	for _, e := range Load(src, &cfg) {
		var le *LineError
		errors.As(e, &le)
		fmt.Printf("%v (line %d, unknown=%t)\n", e, le.N, errors.Is(e, ErrUnknownKey))
	}
	fmt.Printf("%+v\n", cfg)
	fmt.Println(cfg.Server.Timeout.Seconds(), cfg.Server.Timeout)
}
